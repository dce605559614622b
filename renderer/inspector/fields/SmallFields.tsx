// Small inspector inputs that commit on change: number, checkbox, select, and a block-target picker.
import { useId, useState } from 'react';

export function NumberField({
  label,
  value,
  onCommit,
  min,
  max,
  placeholder,
  testId,
}: {
  label: string;
  value: number | undefined;
  onCommit(v: number | undefined): string | undefined;
  min?: number;
  max?: number;
  placeholder?: string;
  testId?: string;
}) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    setDraft(null);
    if (text.trim() === '') return setError(onCommit(undefined));
    const n = Number(text);
    if (!Number.isFinite(n)) return setError('Enter a number.');
    if (min !== undefined && n < min) return setError(`At least ${min}.`);
    if (max !== undefined && n > max) return setError(`At most ${max}.`);
    setError(onCommit(n));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        data-testid={testId}
        value={draft ?? (value === undefined ? '' : String(value))}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value)}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function CheckField({
  label,
  value,
  onCommit,
  testId,
}: {
  label: string;
  value: boolean;
  onCommit(v: boolean): string | undefined;
  testId?: string;
}) {
  const [error, setError] = useState<string>();
  return (
    <div className="field check">
      <label>
        <input
          type="checkbox"
          checked={value}
          data-testid={testId}
          onChange={(e) => setError(onCommit(e.target.checked))}
        />{' '}
        {label}
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onCommit,
  testId,
}: {
  label: string;
  value: T;
  options: readonly T[] | { value: T; label: string }[];
  onCommit(v: T): string | undefined;
  testId?: string;
}) {
  const id = useId();
  const [error, setError] = useState<string>();
  const opts = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        data-testid={testId}
        onChange={(e) => setError(onCommit(e.target.value as T))}
      >
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
