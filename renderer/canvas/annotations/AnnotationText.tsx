// The in-place editor of a note's text or a frame's title: Enter (Mod+Enter in a note) or leaving the
// field keeps the change as one edit, Escape drops it.
import { useState } from 'react';

export function AnnotationText({
  value,
  multiline,
  label,
  onDone,
}: {
  value: string;
  multiline: boolean;
  label: string;
  onDone(next: string | null): void;
}) {
  const [text, setText] = useState(value);
  const common = {
    autoFocus: true,
    'aria-label': label,
    className: 'nodrag nopan nowheel annotation-input',
    value: text,
    onBlur: () => onDone(text),
    onKeyDown: (e: React.KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Escape') onDone(null);
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        onDone(text);
      }
    },
  };
  return multiline ? (
    <textarea {...common} onChange={(e) => setText(e.target.value)} data-testid="note-editor" />
  ) : (
    <input {...common} onChange={(e) => setText(e.target.value)} data-testid="frame-title-editor" />
  );
}
