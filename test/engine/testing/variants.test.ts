import { describe, expect, it } from 'vitest';
import { ConversationTest, type TraceEvent } from '../../../engine/model';
import { createConversation, fixedClock } from '../../../engine/runtime';
import { createMockHttp } from '../../../engine/http';
import { conversationAsTest, runTests } from '../../../engine/testing';
import { message, project } from '../../builders';
import { noCode } from './fixtures';

const VARIANTS = ['Hello!', 'Hi!', 'Hey!'];

function greeter(tests: ConversationTest[]) {
  return project({
    name: 'Greeter',
    blocks: [message('hello', { messages: [{ kind: 'text', text: 'Hello!', variants: ['Hi!', 'Hey!'] }] })],
    tests,
  });
}

/** The variant the runner's seed (1) sends, read from a conversation with that seed. */
async function sentWithSeed(seed: number): Promise<string> {
  const c = createConversation(greeter([]), {
    http: createMockHttp([]),
    codeRunner: noCode,
    clock: fixedClock(),
    seed,
  });
  const [m] = (await c.start()).messages;
  return (m as { text: string }).text;
}

const run = (steps: ConversationTest['steps']) =>
  runTests(greeter([{ name: 't', steps }]), { codeRunner: noCode }).then((s) => s.results[0]!);

describe('conversation tests and message variants', () => {
  it('bot and botContains pass when the chosen variant matches', async () => {
    const sent = await sentWithSeed(1);
    expect((await run([{ bot: sent }])).status).toBe('passed');
    expect((await run([{ botContains: sent.slice(0, 2).toUpperCase() }])).status).toBe('passed');
  });

  it('bot fails on another variant and says which was sent and how to accept any', async () => {
    const sent = await sentWithSeed(1);
    const other = VARIANTS.find((v) => v !== sent)!;
    const r = await run([{ bot: other }]);
    expect(r.status).toBe('failed');
    expect(r.failure!.actual).toBe(
      `${JSON.stringify(sent)} (variant ${VARIANTS.indexOf(sent) + 1} of 3, picked by the seed; to accept any, use botOneOf: ${JSON.stringify(VARIANTS)})`,
    );
  });

  it('botOneOf passes when the message is one of its texts, and fails otherwise', async () => {
    expect((await run([{ botOneOf: VARIANTS }])).status).toBe('passed');
    const r = await run([{ botOneOf: ['Good day!', 'Howdy!'] }]);
    expect(r.status).toBe('failed');
    expect(r.failure!.expected).toBe('one of "Good day!", "Howdy!"');
  });

  it('botOneOf needs at least one text', () => {
    const parsed = ConversationTest.safeParse({ name: 't', steps: [{ botOneOf: [] }] });
    expect(parsed.success).toBe(false);
  });

  it('"Save as test" records a message with variants as botOneOf, which passes whatever the seed', async () => {
    const c = createConversation(greeter([]), {
      http: createMockHttp([]),
      codeRunner: noCode,
      clock: fixedClock(),
      seed: 12345,
    });
    await c.start();
    const { test } = conversationAsTest(c.events as TraceEvent[], { name: 'saved' });
    expect(test.steps[0]).toEqual({ botOneOf: VARIANTS });
    const summary = await runTests(greeter([test]), { codeRunner: noCode, seed: 99 });
    expect(summary.results[0]!.status).toBe('passed');
  });
});
