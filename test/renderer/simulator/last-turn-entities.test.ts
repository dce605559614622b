// The session inspector's recognised entities (renderer/simulator/last-turn-entities.ts): only the last user turn's
// entities and the variables entities filled in it, not earlier turns' nor other sources' sets.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../engine/model';
import { lastTurnEntities } from '../../../renderer/simulator/last-turn-entities';

const user = (seq: number, text: string): TraceEvent => ({
  type: 'user',
  seq,
  at: 0,
  blockId: null,
  via: 'text',
  text,
});
const entity = (entity: string, value: string) => ({ entity, value, text: value, score: 1 });

describe('last turn entities', () => {
  it('is empty before the first message', () => {
    expect(lastTurnEntities([])).toEqual({ entities: [], filled: [] });
  });

  it('keeps the entities of the last user message and the variables they filled', () => {
    const events: TraceEvent[] = [
      user(0, 'Paris'),
      { type: 'entities', seq: 1, at: 0, blockId: 'ask', entities: [entity('city', 'Paris')] },
      { type: 'set', seq: 2, at: 0, blockId: 'ask', path: 'city', value: 'Paris', source: 'entity' },
      user(3, 'London tomorrow'),
      {
        type: 'entities',
        seq: 4,
        at: 0,
        blockId: 'ask',
        entities: [entity('city', 'London'), entity('sys.date', '03-12-2026')],
      },
      {
        type: 'set',
        seq: 5,
        at: 0,
        blockId: 'ask',
        path: 'city',
        old: 'Paris',
        value: 'London',
        source: 'entity',
      },
      { type: 'set', seq: 6, at: 0, blockId: 'ask', path: 'sys.date', value: '03-12-2026', source: 'entity' },
      {
        type: 'set',
        seq: 7,
        at: 0,
        blockId: 'ask',
        path: 'answer',
        value: 'London tomorrow',
        source: 'input',
      },
    ];
    const turn = lastTurnEntities(events);
    expect(turn.text).toBe('London tomorrow');
    expect(turn.entities.map((e) => e.entity)).toEqual(['city', 'sys.date']);
    expect(turn.filled).toEqual([
      { path: 'city', value: 'London' },
      { path: 'sys.date', value: '03-12-2026' },
    ]);
  });

  it('is empty after a message without entities', () => {
    const events: TraceEvent[] = [
      user(0, 'Paris'),
      { type: 'entities', seq: 1, at: 0, blockId: null, entities: [entity('city', 'Paris')] },
      user(2, 'hello'),
    ];
    expect(lastTurnEntities(events)).toEqual({ text: 'hello', entities: [], filled: [] });
  });
});
