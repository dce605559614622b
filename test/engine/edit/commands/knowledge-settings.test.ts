// The Knowledge panel's edits: updateSettings replaces the project's knowledge as one undoable step
// (the fixture's `apply` checks that the diff undoes and redoes exactly), and null removes it; the
// command schema refuses invalid sources.
import { describe, expect, it } from 'vitest';
import { Command } from '../../../../engine/edit';
import { apply, pizzaProject } from '../fixtures';

const faq = { id: 'faq', kind: 'faq' as const, name: 'FAQ', rows: [{ question: 'Open?', answer: 'Daily.' }] };

describe('updateSettings: knowledge', () => {
  it('adds, edits and removes knowledge sources as undoable steps', () => {
    const first = apply(pizzaProject(), {
      type: 'updateSettings',
      patch: { knowledge: { sources: [faq] } },
    });
    let project = first.project;
    expect(project.knowledge).toEqual({ sources: [faq] });
    expect(first.diff.ops).toMatchObject([{ op: 'put', kind: 'settings', key: 'knowledge' }]);
    ({ project } = apply(project, {
      type: 'updateSettings',
      patch: { knowledge: { sources: [{ ...faq, tags: ['shop'] }] } },
    }));
    expect(project.knowledge?.sources[0]?.tags).toEqual(['shop']);
    ({ project } = apply(project, { type: 'updateSettings', patch: { knowledge: null } }));
    expect(project.knowledge).toBeUndefined();
  });

  it('is refused by the command schema (what the host checks) for an empty document or a duplicate id', () => {
    const doc = { id: 'd', kind: 'document', format: 'text', name: 'D', text: ' ' };
    const parse = (sources: unknown[]) =>
      Command.safeParse({ type: 'updateSettings', patch: { knowledge: { sources } } });
    expect(parse([doc]).error?.issues[0]?.message).toBe('a document cannot be empty');
    expect(parse([faq, faq]).error?.issues[0]?.message).toBe(
      'the knowledge source id "faq" is used twice; give each source its own id',
    );
    expect(parse([faq]).success).toBe(true);
  });
});
