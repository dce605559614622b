// keepKnowledgeMocks: a live run's recorded knowledge answers kept in knowledge.mocks as one undoable
// step (the fixture's `apply` checks that the diff undoes and redoes exactly), merged by question: an
// answer to a question that has a mock replaces it in its place, a new question is appended.
import { describe, expect, it } from 'vitest';
import { applyCommands, Command } from '../../../../engine/edit';
import { mergeKnowledgeMocks } from '../../../../engine/knowledge';
import type { Project } from '../../../../engine/model';
import { apply, pizzaProject } from '../fixtures';

const faq = { id: 'faq', kind: 'faq' as const, name: 'FAQ', rows: [{ question: 'Open?', answer: 'Daily.' }] };
const withMocks = (mocks: { question: string; answer: string; source?: string }[]): Project => ({
  ...pizzaProject(),
  knowledge: { sources: [faq], mocks },
});

describe('keepKnowledgeMocks', () => {
  it('creates knowledge with the mocks in a project that had none, as one undoable step', () => {
    const before = pizzaProject();
    expect(before.knowledge).toBeUndefined();
    const r = apply(before, {
      type: 'keepKnowledgeMocks',
      mocks: [{ question: 'How long is shipping?', answer: 'About two days.' }],
    });
    expect(r.project.knowledge).toEqual({
      sources: [],
      mocks: [{ question: 'How long is shipping?', answer: 'About two days.' }],
    });
    expect(r.diff.ops).toMatchObject([{ op: 'put', kind: 'settings', key: 'knowledge' }]);
    expect(r.report).toEqual({ knowledgeMocks: { added: 1, replaced: 0, unchanged: 0 } });
  });

  it('replaces the mock of the same question (case, accents and punctuation aside) in place and appends new ones', () => {
    const before = withMocks([
      { question: 'Is there a student discount?', answer: 'Yes.', source: 'hand' },
      { question: 'Open on Sunday?', answer: 'No.' },
    ]);
    const r = apply(before, {
      type: 'keepKnowledgeMocks',
      mocks: [
        { question: 'is there a STUDENT discount', answer: 'Students get 15 percent off.' },
        { question: 'Open on Sunday?', answer: 'No.' },
        { question: 'Do you deliver?', answer: 'Within 10 km.' },
      ],
    });
    expect(r.project.knowledge).toEqual({
      sources: [faq],
      mocks: [
        { question: 'is there a STUDENT discount', answer: 'Students get 15 percent off.' },
        { question: 'Open on Sunday?', answer: 'No.' },
        { question: 'Do you deliver?', answer: 'Within 10 km.' },
      ],
    });
    expect(r.report.knowledgeMocks).toEqual({ added: 1, replaced: 1, unchanged: 1 });
  });

  it('keeps the later answer when the run recorded one question twice', () => {
    const merged = mergeKnowledgeMocks(undefined, [
      { question: 'Shipping?', answer: 'Two days.' },
      { question: 'Returns?', answer: '30 days.' },
      { question: 'shipping', answer: 'About two days.' },
      { question: '?!', answer: 'no words: never a key' },
    ]);
    expect(merged).toEqual({
      mocks: [
        { question: 'shipping', answer: 'About two days.' },
        { question: 'Returns?', answer: '30 days.' },
      ],
      added: 2,
      replaced: 0,
      unchanged: 0,
    });
  });

  it('changes nothing (no diff, so no undo step) when every answer is kept already', () => {
    const before = withMocks([{ question: 'Open on Sunday?', answer: 'No.' }]);
    // The same answer to the question spelled otherwise: the kept mock keeps its wording.
    const same = applyCommands(before, [
      { type: 'keepKnowledgeMocks', mocks: [{ question: 'open on sunday', answer: 'No.' }] },
    ]);
    expect(same.ok && same.diff.ops).toEqual([]);
    expect(same.ok && same.reports).toEqual([{ knowledgeMocks: { added: 0, replaced: 0, unchanged: 1 } }]);
    const other = applyCommands(before, [
      { type: 'keepKnowledgeMocks', mocks: [{ question: 'open on sunday', answer: 'Yes, 10 to 16.' }] },
    ]);
    expect(other.ok && other.diff.ops.length).toBe(1);
  });

  it('is refused by the command schema (what the host checks) without answers or with an empty question', () => {
    const parse = (mocks: unknown[]) => Command.safeParse({ type: 'keepKnowledgeMocks', mocks });
    expect(parse([]).error?.issues[0]?.message).toBe('give at least one recorded answer to keep');
    expect(parse([{ question: ' ', answer: 'x' }]).error?.issues[0]?.message).toBe(
      'a knowledge mock needs the question it answers',
    );
    expect(parse([{ question: 'q', answer: 'a' }]).success).toBe(true);
  });
});
