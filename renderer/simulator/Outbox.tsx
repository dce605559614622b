// The outbox: every e-mail a Send e-mail block wrote in this conversation, as it would go out. Botloom
// has no mail server and never sends them (docs/file-format.md#send-e-mail-block); the live bot does.
import type { TraceEventOf } from '../../engine/model';
import { useProject, useProjectStore } from '../state/project-store';

export function Outbox() {
  const store = useProjectStore();
  const events = useProject((s) => s.simEvents);
  const mails = events.filter((e): e is TraceEventOf<'email'> => e.type === 'email');
  if (mails.length === 0)
    return <p className="muted small">No e-mails yet. Send e-mail blocks put theirs here; none is sent.</p>;
  return (
    <>
      <p className="muted small">Kept here, never sent: Botloom has no mail server.</p>
      <ul className="outbox" data-testid="outbox">
        {mails.map((m) => (
          <li key={m.seq} className="outbox-mail" data-testid="outbox-mail">
            <details open>
              <summary>
                <strong data-testid="outbox-subject">{m.subject}</strong> to{' '}
                <span data-testid="outbox-to">{m.to.join(', ')}</span>
                {m.blockId && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => store.getState().focusBlock(m.blockId!)}
                  >
                    {m.blockId}
                  </button>
                )}
              </summary>
              <pre data-testid="outbox-body">{m.body}</pre>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
