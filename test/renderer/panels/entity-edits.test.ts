// The Entities panel's gestures (renderer/panels/entity-edits.ts): each gives the commands of one undo step, a rename
// carries the input blocks that validate against the entity, and refusals say why.
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../engine/edit';
import type { Block, Entity, Project } from '../../../engine/model';
import {
  addEntity,
  addValue,
  deleteEntity,
  parseSynonyms,
  removeValue,
  renameEntity,
  setPattern,
  setSynonyms,
  setValue,
  withEntityThreshold,
  type EntityEdit,
} from '../../../renderer/panels/entity-edits';
import { project } from '../fixtures';

const city: Entity = { name: 'city', kind: 'match', values: [{ value: 'London', synonyms: ['Londen'] }] };
const ref: Entity = { name: 'ref', kind: 'regex', pattern: '\\bSH-\\d{4}\\b' };
const askCity: Block = {
  id: 'ask_city',
  type: 'input',
  prompt: [],
  variable: 'city',
  validate: { kind: 'entity', entity: 'city' },
};

/** The entities a successful edit stores. */
function stored(edit: EntityEdit): Entity[] | null | undefined {
  if (typeof edit === 'string') throw new Error(`refused: ${edit}`);
  const c = edit[0] as Extract<Command, { type: 'updateSettings' }>;
  return c.patch.entities;
}

describe('entity edits', () => {
  it('adds a match entity and a regex entity under free names, each valid as it stands', () => {
    expect(stored(addEntity([city], 'match'))![1]).toEqual({
      name: 'entity_2',
      kind: 'match',
      values: [{ value: 'example' }],
    });
    const regex = stored(addEntity([city], 'regex'))![1]!;
    expect(regex).toMatchObject({ name: 'pattern_2', kind: 'regex' });
  });

  it('stores no entities field once the last entity is deleted', () => {
    expect(stored(deleteEntity([city], 0))).toBeNull();
  });

  it('adds a value, names it and gives it synonyms, trimmed and without repeats', () => {
    const added = stored(addValue([city], 0))!;
    expect((added[0] as { values: unknown[] }).values).toEqual([
      { value: 'London', synonyms: ['Londen'] },
      { value: 'value_2' },
    ]);
    const named = stored(setValue(added, 0, 1, ' Rome '))!;
    const withSynonyms = stored(setSynonyms(named, 0, 1, 'Roma, , roma ,Rom'))!;
    expect((withSynonyms[0] as { values: unknown[] }).values[1]).toEqual({
      value: 'Rome',
      synonyms: ['Roma', 'Rom'],
    });
    expect(parseSynonyms(' ')).toEqual([]);
  });

  it('refuses an empty or repeated value and removing the last value', () => {
    expect(setValue([city], 0, 0, '  ')).toMatch(/cannot be empty/);
    const two = stored(addValue([city], 0))!;
    expect(setValue(two, 0, 1, 'london')).toMatch(/already has the value "london"/);
    expect(removeValue([city], 0, 0)).toMatch(/at least one value: delete the entity instead/);
  });

  it('refuses an invalid or unsafe regex with the reason validation gives, and keeps valid flags', () => {
    expect(setPattern([ref], 0, '(unclosed')).toMatch(/This pattern is refused: .*/);
    expect(setPattern([ref], 0, '(a+)+$')).toMatch(/refused/);
    expect(setPattern([ref], 0, ref.pattern, 'x')).toMatch(/Flags may be i, m, s and u/);
    expect(stored(setPattern([ref], 0, ref.pattern, 'i'))![0]).toEqual({ ...ref, flags: 'i' });
    expect(stored(setPattern([{ ...ref, flags: 'i' }], 0, ref.pattern, ''))![0]).toEqual(ref);
  });

  it('renames an entity and the input blocks that validate against it, in one undoable step', () => {
    const p: Project = project([askCity], { entities: [city, ref] });
    const edit = renameEntity(p, 0, 'destination');
    if (typeof edit === 'string') throw new Error(edit);
    let next = p;
    for (const c of edit) {
      const r = applyCommand(next, c);
      if (!r.ok) throw new Error(r.error.message);
      next = r.project;
    }
    expect(next.entities!.map((e) => e.name)).toEqual(['destination', 'ref']);
    expect(next.flows[0]!.blocks[0]).toMatchObject({ validate: { kind: 'entity', entity: 'destination' } });
  });

  it('refuses a name taken by another entity, a sys.* name and an unsafe one', () => {
    const p: Project = project([askCity], { entities: [city, ref] });
    expect(renameEntity(p, 0, 'ref')).toBe('An entity is already named "ref".');
    expect(renameEntity(p, 0, 'sys.city')).toMatch(/system entities/);
    expect(renameEntity(p, 0, '__proto__')).toMatch(/cannot be __proto__/);
    expect(renameEntity(p, 0, 'city')).toEqual([]);
  });

  it('sets the entity threshold beside the intent threshold and clears it back to no NLP settings', () => {
    expect(withEntityThreshold(undefined, 0.9)).toEqual({ threshold: 0.7, entityThreshold: 0.9 });
    expect(withEntityThreshold({ threshold: 0.5, entityThreshold: 0.9 }, undefined)).toEqual({
      threshold: 0.5,
    });
    expect(withEntityThreshold(undefined, undefined)).toBeNull();
  });
});
