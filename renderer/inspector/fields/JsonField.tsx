// JSON edited as text (API query/body, code args, mock bodies): parsed before it is committed.
import type { Json } from '../../../engine/model';
import { TextField } from './TextField';

export function JsonField({
  label,
  value,
  onCommit,
  testId,
  object,
}: {
  label: string;
  value: Json | undefined;
  onCommit(v: Json | undefined): string | undefined;
  testId?: string;
  object?: boolean;
}) {
  const text = value === undefined ? '' : JSON.stringify(value, null, 2);
  const parse = (t: string): { ok: true; value: Json | undefined } | { ok: false; message: string } => {
    if (t.trim() === '') return { ok: true, value: undefined };
    try {
      const v = JSON.parse(t) as Json;
      if (object && (typeof v !== 'object' || v === null || Array.isArray(v)))
        return { ok: false, message: 'Enter a JSON object, e.g. {"key": "{variable}"}.' };
      return { ok: true, value: v };
    } catch (e) {
      return { ok: false, message: `Not valid JSON: ${(e as Error).message}` };
    }
  };
  return (
    <TextField
      label={label}
      value={text}
      multiline
      testId={testId}
      validate={(t) => {
        const r = parse(t);
        return r.ok ? undefined : r.message;
      }}
      onCommit={(t) => {
        const r = parse(t);
        return r.ok ? onCommit(r.value) : r.message;
      }}
    />
  );
}
