// The `expectKnowledgeSource` step: which knowledge source answered in the latest turn (null: none).
import { describe, expect, it } from 'vitest';
import { Project, type ConversationTest } from '../../../engine/model';
import { runTests } from '../../../engine/testing';
import { noCode } from './fixtures';

const bot = (tests: ConversationTest[]) =>
  Project.parse({
    format: 'botloom/1',
    name: 'FAQ bot',
    startBlock: 'hello',
    fallbackBlock: 'kb',
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          { id: 'hello', type: 'message', messages: [{ kind: 'text', text: 'Ask me' }] },
          { id: 'kb', type: 'knowledge', variable: 'kb', next: 'answer', noAnswer: 'none' },
          { id: 'answer', type: 'message', messages: [{ kind: 'text', text: '{kb.answer}' }] },
          { id: 'none', type: 'message', messages: [{ kind: 'text', text: 'No idea' }] },
        ],
      },
    ],
    knowledge: {
      sources: [
        {
          id: 'faq',
          kind: 'faq',
          name: 'FAQ',
          rows: [{ question: 'How long is shipping?', answer: 'Two days.' }],
        },
      ],
    },
    tests,
  });

const run = (steps: ConversationTest['steps']) =>
  runTests(bot([{ name: 'kb', steps }]), { codeRunner: noCode });

describe('expectKnowledgeSource step', () => {
  it('passes when the named source answered, and null when nothing did', async () => {
    const s = await run([
      { user: 'shipping time?' },
      { expectKnowledgeSource: 'faq' },
      { bot: 'Two days.' },
      { user: 'penguins' },
      { expectKnowledgeSource: null },
      { bot: 'No idea' },
    ]);
    expect(s.results[0]!.status).toBe('passed');
  });

  it('fails with the best passage and its score when nothing answered', async () => {
    const s = await run([{ user: 'penguins' }, { expectKnowledgeSource: 'faq' }]);
    expect(s.results[0]!.failure).toMatchObject({
      step: 2,
      expected: 'the knowledge source "faq" answers',
      actual: 'nothing answered "penguins" (best: no passage; threshold 0.3)',
      blockId: 'kb',
    });
  });

  it('fails when another source answered, or when no Generate answer block ran', async () => {
    const s = await run([{ user: 'shipping time?' }, { expectKnowledgeSource: null }]);
    expect(s.results[0]!.failure).toMatchObject({ actual: '"faq" answered "shipping time?" with faq#1' });
    const t = await run([{ expectKnowledgeSource: 'faq' }]);
    expect(t.results[0]!.failure).toMatchObject({
      actual: 'no Generate answer block ran in the latest turn',
    });
  });
});
