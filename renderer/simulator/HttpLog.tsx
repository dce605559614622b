// The HTTP log: each request of an API block or of `fetch` in code, with status, time, mocked or live,
// and the request and response bodies on demand.
import type { TraceEventOf } from '../../engine/model';
import { useProject, useProjectStore } from '../state/project-store';

export function HttpLog() {
  const store = useProjectStore();
  const events = useProject((s) => s.simEvents);
  const calls = events.filter((e): e is TraceEventOf<'http'> => e.type === 'http');
  if (calls.length === 0) return <p className="muted small">No HTTP requests yet.</p>;
  return (
    <ul className="http-log" data-testid="http-log">
      {calls.map((c) => (
        <li key={c.seq} className={`http-call${c.error ? ' failed' : ''}`}>
          <details>
            <summary>
              <span className={`http-badge ${c.mocked ? 'mocked' : 'live'}`}>
                {c.mocked ? 'mocked' : 'live'}
              </span>
              <strong>{c.method}</strong> <span className="http-url">{c.url}</span> →{' '}
              <span data-testid="http-status">{c.status ?? 'no answer'}</span> · {Math.round(c.ms)} ms
              {c.blockId && (
                <button
                  type="button"
                  className="link"
                  onClick={() => store.getState().focusBlock(c.blockId!)}
                >
                  {c.blockId}
                </button>
              )}
            </summary>
            {c.error && (
              <p className="field-error">
                {c.error.code}: {c.error.message}
              </p>
            )}
            {c.request.body && (
              <>
                <h4>Request</h4>
                <pre>
                  {c.request.body.text}
                  {c.request.body.truncated ? '\n…' : ''}
                </pre>
              </>
            )}
            {c.response && (
              <>
                <h4>Response</h4>
                <pre>
                  {c.response.body.text}
                  {c.response.body.truncated ? '\n…' : ''}
                </pre>
              </>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
