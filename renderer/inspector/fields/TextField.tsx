// A text field that edits locally and commits after a pause, on Enter or on blur (one undo step per
// burst). A refused commit keeps the draft and shows the reason under the field. Ctrl+Z undoes its
// uncommitted typing first, then the project's history (renderer/ui/field-undo.ts).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  /** Applies the value; returns an error message when refused. */
  onCommit(value: string): string | undefined;
  multiline?: boolean;
  placeholder?: string;
  list?: string;
  testId?: string;
  /** Not the field a double-click on the block jumps to (the block id). */
  skipOnEdit?: boolean;
  /** Extra content under the field (a template preview). */
  below?: (draft: string) => ReactNode;
  validate?: (value: string) => string | undefined;
  idleMs?: number;
}

export function TextField({
  label,
  value,
  onCommit,
  multiline,
  placeholder,
  list,
  testId,
  skipOnEdit,
  below,
  validate,
  idleMs = 700,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ draft, value, onCommit, validate });
  latest.current = { draft, value, onCommit, validate };

  // The value the draft was last taken from: a focused field without typing of its own (draft unchanged)
  // still shows a new value, such as the project's undo of its last commit.
  const shown = useRef(value);
  useEffect(() => {
    if (!focused.current || latest.current.draft === shown.current) setDraft(value);
    shown.current = value;
  }, [value]);

  const commit = () => {
    clearTimeout(timer.current);
    const { draft: d, value: v, onCommit: apply, validate: check } = latest.current;
    if (d === v) return setError(undefined);
    const problem = check?.(d) ?? apply(d);
    setError(problem);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    'data-testid': testId,
    'data-skip-on-edit': skipOnEdit || undefined,
    // Typing not committed yet: Ctrl+Z undoes it in the field before the project's history (field-undo.ts).
    'data-dirty': draft !== value,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      commit();
    },
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, idleMs);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} list={list} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
      {below?.(draft)}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
