// The session inspector's "Recognised entities": what entity extraction read from the user's last message (sys.*
// and the project's own entities) and the session variables those entities filled.
import { useMemo } from 'react';
import { useProject } from '../state/project-store';
import { lastTurnEntities } from './last-turn-entities';

export function RecognisedEntities() {
  const events = useProject((s) => s.simEvents);
  const turn = useMemo(() => lastTurnEntities(events), [events]);
  return (
    <div className="session-entities" data-testid="session-entities">
      <h4>Recognised entities</h4>
      {turn.entities.length === 0 ? (
        <p className="muted small">
          {turn.text === undefined
            ? 'None yet. Entities read from a typed message appear here.'
            : 'None in the last message.'}
        </p>
      ) : (
        <ul>
          {turn.entities.map((e, i) => (
            <li key={i} data-testid={`session-entity-${e.entity}`}>
              <code>{e.entity}</code> = <code>{JSON.stringify(e.value)}</code>{' '}
              <span className="muted small">
                from “{e.text}”{e.score < 1 ? ` (score ${e.score})` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {turn.filled.length > 0 && (
        <p className="small" data-testid="session-entity-filled">
          Filled:{' '}
          {turn.filled.map((f, i) => (
            <span key={f.path}>
              {i > 0 && ', '}
              <code>{f.path}</code>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
