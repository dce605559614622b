// The in-place editor of a message block's first text, on its card (a double-click opens it; inline-text.ts
// says which text and how it is stored). Enter or clicking away keeps the text as one undo step,
// Shift+Enter starts a new line, Escape drops the change; the focus then goes back to the block.
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../state/app-store';
import { selectViewLanguage, useProjectStore } from '../../state/project-store';
import { HEADER_HEIGHT, PADDING } from '../block-geometry';
import { inlineText } from '../inline-text';

export function InlineTextEditor({ blockId }: { blockId: string }) {
  const store = useProjectStore();
  const setError = useAppStore((s) => s.setError);
  // What is edited is fixed when the editor opens (a later edit elsewhere does not move it).
  const [target] = useState(() => {
    const state = store.getState();
    const block = state.block(blockId);
    return block && inlineText(block, selectViewLanguage(state), state.project.language);
  });
  const [draft, setDraft] = useState(target?.value ?? '');
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const mounted = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;

  const finish = (keep: boolean) => {
    if (done.current || !target) return;
    done.current = true;
    const node = field.current?.closest<HTMLElement>('.react-flow__node');
    const state = store.getState();
    const commands = keep ? target.commands(latest.current) : [];
    if (commands.length) {
      const result = state.apply(commands, target.label);
      if (!result.ok) setError(result.error.message);
    }
    state.setInlineEdit(null);
    node?.focus();
  };

  useEffect(() => {
    mounted.current = true;
    if (!target) store.getState().setInlineEdit(null);
    field.current?.focus();
    field.current?.select();
    // Scrolled out of the canvas's window (or the flow switched) while editing: the text is kept. Checked
    // a moment later, as StrictMode unmounts and mounts again once in development.
    return () => {
      mounted.current = false;
      setTimeout(() => {
        if (!mounted.current) finish(true);
      }, 0);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  if (!target) return null;
  const name = store.getState().block(blockId)?.name ?? blockId;
  return (
    <textarea
      ref={field}
      className="inline-text nodrag nopan nowheel"
      style={{ top: HEADER_HEIGHT + PADDING - 4 }}
      value={draft}
      placeholder={target.placeholder}
      rows={3}
      aria-label={target.language ? `Text of ${name} in ${target.language}` : `Text of ${name}`}
      data-testid={`inline-text-${blockId}`}
      data-language={target.language ?? undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(true)}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        // The canvas's keys (Delete, digits, Escape clearing the selection) stay out of the field.
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          finish(true);
        }
      }}
    />
  );
}
