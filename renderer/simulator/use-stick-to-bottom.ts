// Keeps a growing list (the chat, the trace) on its newest entry, in the same frame the entry appears:
// before paint, once per render that added entries. Returns the ref to put on the list.
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useStickToBottom<T extends HTMLElement>(length: number, enabled = true): RefObject<T | null> {
  const list = useRef<T>(null);
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || !enabled) return;
    // The chat log scrolls itself; the trace grows inside the debugger's scrolling tab body.
    if (el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
    else el.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [length, enabled]);
  return list;
}
