// The session a conversation starts with (Start, Restart, Start here): a JSON object the designer types,
// checked as they type, so a flow deep inside the bot can be tried without clicking all the way there.
import type { Json } from '../../engine/model';

export type ParsedSession =
  { ok: true; session: Record<string, Json> | undefined } | { ok: false; error: string };

export function parseInitialSession(text: string): ParsedSession {
  if (text.trim() === '') return { ok: true, session: undefined };
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return {
        ok: false,
        error: 'The initial session must be a JSON object, e.g. {"user": {"name": "Ann"}}.',
      };
    return { ok: true, session: value as Record<string, Json> };
  } catch (e) {
    return { ok: false, error: `The initial session is not valid JSON: ${(e as Error).message}` };
  }
}

export function InitialSession({ text, onChange }: { text: string; onChange(text: string): void }) {
  const parsed = parseInitialSession(text);
  return (
    <div className="initial-session">
      <label htmlFor="initial-session">Initial session (JSON), used by Start, Restart and Start here</label>
      <textarea
        id="initial-session"
        rows={2}
        spellCheck={false}
        value={text}
        placeholder='{"user": {"name": "Ann"}}'
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!parsed.ok}
        data-testid="initial-session"
      />
      {!parsed.ok && (
        <p className="field-error" role="alert">
          {parsed.error}
        </p>
      )}
    </div>
  );
}
