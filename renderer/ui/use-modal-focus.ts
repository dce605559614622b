// A modal dialog's focus: the card takes the focus when the dialog opens, Escape closes it wherever the focus
// is (in the capture phase, before the canvas's own Escape clears the selection), and the focus goes back to
// what had it when the dialog closes. Shared by the Chatlayer and the Documentation dialogs.
import { useEffect, useRef, type RefObject } from 'react';

/** Returns the ref to put on the dialog's card (which needs tabIndex={-1}). */
export function useModalFocus(onClose: () => void): RefObject<HTMLDivElement | null> {
  const card = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const opener = document.activeElement;
    card.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      close.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return card;
}
