// A small dialog that asks for a file path (typed: the browser mode has no native file dialog), runs the
// host call with it, and shows the host's refusal next to the field or what was done.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { hostErrorText } from './projects-controller';
import './path-dialog.css';

export interface PathDialogProps {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  testId: string;
  /** Runs the action; answers what was done (kept on show), or nothing when the dialog should close. */
  onSubmit(path: string): Promise<string | void>;
  onClose(): void;
}

export function PathDialog({
  title,
  label,
  initial,
  submitLabel,
  testId,
  onSubmit,
  onClose,
}: PathDialogProps) {
  const [path, setPath] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const target = path.trim();
    if (!target) {
      setError('Type a file path.');
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const message = await onSubmit(target);
      if (message) setDone(message);
      else onClose();
    } catch (e) {
      setError(hostErrorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="path-dialog"
      role="dialog"
      aria-label={title}
      data-testid={testId}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2>{title}</h2>
      <label htmlFor={`${testId}-path`}>{label}</label>
      <input
        id={`${testId}-path`}
        ref={input}
        value={path}
        onChange={(e) => setPath(e.target.value)}
        aria-invalid={error ? true : undefined}
        spellCheck={false}
        data-testid={`${testId}-path`}
      />
      {error && (
        <p className="field-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
      {done && (
        <p className="small" role="status" data-testid={`${testId}-done`}>
          {done}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onClose}>
          {done ? 'Close' : 'Cancel'}
        </button>
        <button className="primary" type="submit" disabled={busy} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
