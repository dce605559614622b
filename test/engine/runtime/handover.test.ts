// Human hand-over (docs/file-format.md#human-hand-over): a Send to agent block pauses the bot and runs the
// Offloading opened block; user messages then go to the agent; the agent's close runs Offloading closed; with no
// agent available the Offloading disabled block runs and the bot goes on. Each transition is an `offload` event.
import { describe, expect, it } from 'vitest';
import { converse, expectValidTrace, fakeIntents, project, text, texts } from './fixtures';

const blocks = [
  { id: 'hello', type: 'message' as const, messages: [text('Hi! Type "agent" for a person.')] },
  { id: 'to_agent', type: 'handover' as const, note: 'asked at {hour}' },
  { id: 'opened', type: 'message' as const, messages: [text('An agent joins you now.')] },
  { id: 'disabled', type: 'message' as const, messages: [text('No agent is free, sorry.')] },
  { id: 'closed', type: 'message' as const, messages: [text('The bot is back.')] },
  { id: 'fallback', type: 'message' as const, messages: [text('Not understood')] },
];
const defaults = {
  offloadingOpenedBlock: 'opened',
  offloadingDisabledBlock: 'disabled',
  offloadingClosedBlock: 'closed',
  fallbackBlock: 'fallback',
  variables: [{ name: 'hour', default: '9' }],
  intents: [{ id: 'agent', examples: ['agent'], block: 'to_agent' }],
};
const intents = fakeIntents({ agent: [{ intent: 'agent', score: 0.99 }] });

describe('Send to agent', () => {
  it('opens a hand-over, runs Offloading opened and sends user messages to the agent only', async () => {
    const c = converse(project(blocks, defaults), { intents });
    await c.start();
    const open = await c.say('agent');
    expect(texts(open.messages)).toEqual(['An agent joins you now.']);
    expect(open.events.find((e) => e.type === 'offload')).toMatchObject({
      action: 'open',
      blockId: 'to_agent',
      note: 'asked at 9',
    });
    expect(c.offloading).toMatchObject({ status: 'open', blockId: 'to_agent', agentMessages: 0 });

    const paused = await c.say('agent');
    expect(paused.messages).toEqual([]);
    expect(paused.events.map((e) => e.type)).toEqual(['user']);
    expect(paused.events[0]).toMatchObject({ type: 'user', text: 'agent', toAgent: true });
    expect(c.session.internal).not.toMatchObject({ lastMessage: { text: 'agent' } });
  });

  it('shows the agent messages as agent events, never bot messages', async () => {
    const c = converse(project(blocks, defaults), { intents });
    await c.say('agent');
    const turn = await c.agentSay('Hello, I am Sam.');
    expect(turn.messages).toEqual([]);
    expect(turn.events).toMatchObject([{ type: 'agent', text: 'Hello, I am Sam.', blockId: 'to_agent' }]);
    expect(c.offloading.agentMessages).toBe(1);
    expectValidTrace(c.events);
  });

  it('hands back on close: an offload close event, then the Offloading closed block', async () => {
    const c = converse(project(blocks, defaults), { intents });
    await c.say('agent');
    const closed = await c.agentClose();
    expect(closed.events[0]).toMatchObject({ type: 'offload', action: 'close', blockId: 'opened' });
    expect(texts(closed.messages)).toEqual(['The bot is back.']);
    expect(c.offloading.status).toBe('closed');
    // The bot answers again.
    expect(texts((await c.say('what?')).messages)).toEqual(['Not understood']);
  });

  it('without an Offloading closed block, the bot waits where it was paused', async () => {
    const { offloadingClosedBlock: _, ...rest } = defaults;
    const c = converse(project(blocks, rest), { intents });
    await c.say('agent');
    const closed = await c.agentClose();
    expect(closed.messages).toEqual([]);
    expect(c.waitingAt).toBe('opened');
  });

  it('without an Offloading opened block, pauses at the Send to agent block', async () => {
    const { offloadingOpenedBlock: _, ...rest } = defaults;
    const c = converse(project(blocks, rest), { intents });
    await c.start();
    const turn = await c.say('agent');
    expect(turn.messages).toEqual([]);
    expect(c.waitingAt).toBe('to_agent');
    expect(c.offloading.status).toBe('open');
  });

  it('runs Offloading disabled when no agent is available (the conversation option)', async () => {
    const c = converse(project(blocks, defaults), { intents, agentsAvailable: false });
    const turn = await c.say('agent');
    expect(texts(turn.messages)).toEqual(['Hi! Type "agent" for a person.', 'No agent is free, sorry.']);
    expect(turn.events.find((e) => e.type === 'offload')).toMatchObject({ action: 'disabled' });
    expect(c.offloading.status).toBe('disabled');
    // The bot is not paused: the next message is the bot's.
    expect(texts((await c.say('hm')).messages)).toEqual(['Not understood']);
  });

  it("takes the project's agentsAvailable setting, and the option over it", async () => {
    const off = project(blocks, { ...defaults, settings: { agentsAvailable: false } });
    const c = converse(off, { intents });
    await c.say('agent');
    expect(c.offloading.status).toBe('disabled');
    const on = converse(off, { intents, agentsAvailable: true });
    await on.say('agent');
    expect(on.offloading.status).toBe('open');
  });

  it('refuses agent actions outside a hand-over with offloading-not-open', async () => {
    const c = converse(project(blocks, defaults), { intents });
    await c.start();
    const say = await c.agentSay('hello?');
    expect(say.events).toMatchObject([{ type: 'error', code: 'offloading-not-open' }]);
    const close = await c.agentClose();
    expect(close.events).toMatchObject([{ type: 'error', code: 'offloading-not-open' }]);
    expect(c.offloading.status).toBe('none');
  });

  it('a click during a hand-over goes to the agent as its title', async () => {
    const withButton = [
      {
        id: 'hello',
        type: 'message' as const,
        messages: [
          { kind: 'buttons' as const, text: 'Help?', buttons: [{ title: 'Agent', goTo: 'to_agent' }] },
        ],
      },
      ...blocks.slice(1),
    ];
    const c = converse(project(withButton, defaults));
    await c.start();
    await c.click('Agent');
    const turn = await c.click('Agent');
    expect(turn.events).toMatchObject([{ type: 'user', via: 'click', text: 'Agent', toAgent: true }]);
    expect(turn.messages).toEqual([]);
  });
});
