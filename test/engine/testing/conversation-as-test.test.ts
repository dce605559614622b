import { describe, expect, it } from 'vitest';
import { conversationAsTest, runTests } from '../../../engine/testing';
import { createConversation, fixedClock } from '../../../engine/runtime';
import { createMockHttp, instantSleep } from '../../../engine/http';
import { noCode, pizzaBot } from './fixtures';

function converse(session?: Record<string, string>) {
  const project = pizzaBot([]);
  const conversation = createConversation(project, {
    http: createMockHttp(project.mocks, { sleep: instantSleep }),
    codeRunner: noCode,
    clock: fixedClock(),
    ...(session ? { session: { user: session } } : {}),
  });
  return { project, conversation };
}

describe('a conversation saved as a test', () => {
  it('replays the clicks and messages and passes on the same bot', async () => {
    const { project, conversation } = converse({ name: 'Ann' });
    await conversation.start();
    await conversation.click('Pizza');
    await conversation.click('Large');
    const { test, warnings } = conversationAsTest(conversation.events, {
      name: 'large pizza',
      session: { user: { name: 'Ann' } },
    });
    expect(warnings).toEqual([]);
    expect(test.steps).toEqual([
      { bot: 'Welcome Ann!' },
      { bot: 'What would you like?' },
      { click: 'Pizza' },
      { bot: 'Which size?' },
      { click: 'Large' },
      { bot: 'Great, a large pizza. 3 left. Your name?' },
      { expectBlock: 'confirm' },
    ]);
    const summary = await runTests({ ...project, tests: [test] }, { codeRunner: noCode });
    expect(summary.results[0]?.failure).toBeUndefined();
    expect(summary.passed).toBe(1);
  });

  it('ends with expectEnd, uses the typed inputs, and warns about debugger edits', async () => {
    const { conversation } = converse();
    await conversation.start();
    await conversation.click('Pizza');
    conversation.setVariable('order.size', 'small');
    await conversation.click('Small');
    await conversation.say('Bob');
    const { test, warnings } = conversationAsTest(conversation.events, {
      name: 'small',
      inputs: [
        { via: 'click', text: 'Pizza' },
        { via: 'click', text: 'Small' },
        { via: 'text', text: 'Bob' },
      ],
      startBlock: 'welcome',
    });
    expect(test.startBlock).toBe('welcome');
    expect(test.steps.at(-1)).toEqual({ expectEnd: true });
    expect(test.steps).toContainEqual({ user: 'Bob' });
    expect(warnings).toEqual([
      '"order.size" was edited in the debugger; the test does not repeat that edit.',
    ]);
  });
});
