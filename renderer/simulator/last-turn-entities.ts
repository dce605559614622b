// The entities recognised in the conversation's last user turn and the session variables they filled
// (docs/file-format.md#entities), read from the trace: the `entities` event after the last user message and the
// `set` events of source `entity` that followed it.
import type { Json, TraceEvent, TracedEntity } from '../../engine/model';

export interface LastTurnEntities {
  /** The user's message the entities were read from; undefined before the first message. */
  text?: string;
  entities: TracedEntity[];
  filled: { path: string; value: Json }[];
}

export function lastTurnEntities(events: readonly TraceEvent[]): LastTurnEntities {
  let last = -1;
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i]!.type === 'user') {
      last = i;
      break;
    }
  if (last < 0) return { entities: [], filled: [] };
  const user = events[last]!;
  const entities: TracedEntity[] = [];
  const filled: { path: string; value: Json }[] = [];
  for (const e of events.slice(last + 1)) {
    if (e.type === 'entities') entities.push(...e.entities);
    if (e.type === 'set' && e.source === 'entity') filled.push({ path: e.path, value: e.value });
  }
  return { ...(user.type === 'user' ? { text: user.text } : {}), entities, filled };
}
