// Contexts in conversation tests: the starting contexts, skipIntroduction and the `expectContexts` step.
import { describe, expect, it } from 'vitest';
import { Project, type ConversationTest } from '../../../engine/model';
import { runTests } from '../../../engine/testing';
import { noCode } from './fixtures';

const bot = (tests: ConversationTest[]) =>
  Project.parse({
    format: 'botloom/1',
    name: 'Context bot',
    startBlock: 'ask',
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'ask',
            type: 'message',
            messages: [{ kind: 'text', text: 'Sure?' }],
            contexts: { output: [{ name: 'sure', lifespan: 2 }] },
          },
        ],
      },
    ],
    tests,
  });

const run = (test: Omit<ConversationTest, 'name'>) =>
  runTests(bot([{ name: 't', ...test }]), { codeRunner: noCode });

describe('contexts in conversation tests', () => {
  it('expectContexts passes on the exact turns left, and 0 for a context that is not active', async () => {
    const r = await run({
      contexts: { earlier: 1 },
      steps: [
        { bot: 'Sure?' },
        { expectContexts: { sure: 2, earlier: 1 } },
        { user: 'hmm' },
        { expectContexts: { sure: 1, earlier: 0 } },
      ],
    });
    expect(r.results[0]).toMatchObject({ status: 'passed' });
  });

  it('a failing expectContexts says what was expected and what is active', async () => {
    const r = await run({ steps: [{ expectContexts: { sure: 1, other: 3 } }] });
    expect(r.results[0]!.failure).toMatchObject({
      step: 1,
      expected: 'sure active for 1 more user turn; other active for 3 more user turns',
      actual: 'sure active for 2 more user turns; other not active (active: sure: 2)',
    });
  });

  it('skipIntroduction: the start block does not run, so no context is set', async () => {
    const r = await run({ skipIntroduction: true, steps: [{ expectContexts: { sure: 0 } }] });
    expect(r.results[0]).toMatchObject({ status: 'passed' });
  });

  it('starting contexts are checked: a lifespan under 1 or an empty name is refused', () => {
    const bad = (contexts: Record<string, number>) =>
      Project.safeParse({ ...bot([]), tests: [{ name: 't', contexts, steps: [] }] }).success;
    expect(bad({ ok: 0 })).toBe(false);
    expect(bad({ '': 1 })).toBe(false);
    expect(bad({ ok: 1 })).toBe(true);
  });
});
