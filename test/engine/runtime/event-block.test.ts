// Event blocks (docs/file-format.md#event-block and #turn-order): a change of the watched variable runs
// the event's chain as a detour, then the interrupted route goes on.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../engine/model';
import { converse, expectValidTrace, project, text, texts } from './fixtures';

const entered = (events: readonly TraceEvent[]) =>
  events.flatMap((e) => (e.type === 'enter' ? [e.blockId] : []));

/** Asks for a status, then thanks; an event block reports every status change. */
const statusBot = (extraBlocks: Parameters<typeof project>[0] = [], defaultStatus?: string) =>
  project(
    [
      { id: 'ask', type: 'input', variable: 'status', prompt: [text('Status?')], next: 'thanks' },
      { id: 'thanks', type: 'message', messages: [text('Thanks')] },
      { id: 'on_status', type: 'onVariableChange', variable: 'status', next: 'report' },
      { id: 'report', type: 'message', messages: [text('Status is now {status}')] },
      ...extraBlocks,
    ],
    { variables: [{ name: 'status', ...(defaultStatus ? { default: defaultStatus } : {}) }] },
  );

describe('Event block', () => {
  it('runs its chain when the variable changes, then the interrupted route goes on', async () => {
    const c = converse(statusBot());
    await c.start();
    const turn = await c.say('open');
    expect(texts(turn.messages)).toEqual(['Status is now open', 'Thanks']);
    expect(entered(turn.events)).toEqual(['on_status', 'report', 'thanks']);
    expect(turn.events.find((e) => e.type === 'enter' && e.blockId === 'on_status')).toMatchObject({
      blockType: 'onVariableChange',
      trigger: { variable: 'status', by: 'ask' },
    });
    expect(turn.events.at(-1)).toMatchObject({ type: 'wait', blockId: 'thanks' });
    expectValidTrace(turn.events);
  });

  it('does not run at the start (defaults are the baseline) nor when the value stays the same', async () => {
    const bot = project(
      [
        {
          id: 'start',
          type: 'goto',
          rules: [],
          else: 'done',
          elseSet: [{ variable: 'tier', value: 'basic' }],
        },
        { id: 'done', type: 'message', messages: [text('Done')] },
        { id: 'on_tier', type: 'onVariableChange', variable: 'tier', next: 'changed' },
        { id: 'changed', type: 'message', messages: [text('Tier {tier}')] },
      ],
      { variables: [{ name: 'tier', default: 'basic' }] },
    );
    const turn = await converse(bot).start();
    expect(texts(turn.messages)).toEqual(['Done']);
    expect(entered(turn.events)).toEqual(['start', 'done']);
    expect(turn.events.some((e) => e.type === 'set' && e.path === 'tier')).toBe(true);
  });

  it('compares JSON deeply: the same object with its keys in another order is no change', async () => {
    const bot = project(
      [
        {
          id: 'start',
          type: 'goto',
          rules: [],
          else: 'done',
          elseSet: [{ variable: 'cart', value: { b: 2, a: 1 } }],
        },
        { id: 'done', type: 'message', messages: [text('Done')] },
        { id: 'on_cart', type: 'onVariableChange', variable: 'cart', next: 'changed' },
        { id: 'changed', type: 'message', messages: [text('Cart changed')] },
      ],
      { variables: [{ name: 'cart', default: { a: 1, b: 2 } }] },
    );
    const turn = await converse(bot).start();
    expect(texts(turn.messages)).toEqual(['Done']);
  });

  it("fires after a transition's sets, before the next block is entered", async () => {
    const bot = project(
      [
        {
          id: 'start',
          type: 'goto',
          rules: [],
          else: 'done',
          elseSet: [{ variable: 'tier', value: 'gold' }],
        },
        { id: 'done', type: 'message', messages: [text('Done')] },
        { id: 'on_tier', type: 'onVariableChange', variable: 'tier', next: 'changed' },
        { id: 'changed', type: 'message', messages: [text('Tier {tier}')] },
      ],
      { variables: [{ name: 'tier', default: 'basic' }] },
    );
    const turn = await converse(bot).start();
    expect(texts(turn.messages)).toEqual(['Tier gold', 'Done']);
    expect(turn.events.find((e) => e.type === 'enter' && e.blockId === 'on_tier')).toMatchObject({
      trigger: { variable: 'tier', by: 'start' },
    });
  });

  it('does not trigger itself: a change made inside its detour fires nothing', async () => {
    // Point the event at the block that changes the status again before reporting it.
    const bot = statusBot([
      {
        id: 'bump',
        type: 'goto',
        rules: [],
        else: 'report',
        elseSet: [{ variable: 'status', value: '{status}!' }],
      },
    ]);
    const onStatus = bot.flows[0]!.blocks.find((b) => b.id === 'on_status')!;
    Object.assign(onStatus, { next: 'bump' });
    const d = converse(bot);
    await d.start();
    const turn = await d.say('open');
    expect(texts(turn.messages)).toEqual(['Status is now open!', 'Thanks']);
    expect(entered(turn.events).filter((id) => id === 'on_status')).toHaveLength(1);
  });

  it('runs every event of a changed variable, in project order, each once', async () => {
    const bot = statusBot([
      { id: 'also', type: 'onVariableChange', variable: 'status', next: 'note' },
      { id: 'note', type: 'message', messages: [text('Noted')] },
    ]);
    const c = converse(bot);
    await c.start();
    const turn = await c.say('closed');
    expect(texts(turn.messages)).toEqual(['Status is now closed', 'Noted', 'Thanks']);
    expect(entered(turn.events)).toEqual(['on_status', 'report', 'also', 'note', 'thanks']);
  });

  it('watches a path inside an object', async () => {
    const bot = project(
      [
        { id: 'ask', type: 'input', variable: 'order.status', prompt: [text('?')], next: 'ask_note' },
        { id: 'ask_note', type: 'input', variable: 'order.note', prompt: [text('Note?')] },
        { id: 'on_order', type: 'onVariableChange', variable: 'order.status', next: 'seen' },
        { id: 'seen', type: 'message', messages: [text('Order {order.status}')] },
      ],
      { variables: [{ name: 'order.status' }, { name: 'order.note' }] },
    );
    const c = converse(bot);
    await c.start();
    expect(texts((await c.say('paid')).messages)).toEqual(['Order paid', 'Note?']);
    expect(texts((await c.say('fragile')).messages)).toEqual([]);
  });

  it('waits where its detour waits: the interrupted route is dropped', async () => {
    const bot = statusBot([{ id: 'why', type: 'input', variable: 'reason', prompt: [text('Why?')] }]);
    Object.assign(
      bot.flows[0]!.blocks.find((b) => b.id === 'on_status')!,
      { next: 'why' },
    );
    const c = converse(bot);
    await c.start();
    const turn = await c.say('closed');
    expect(texts(turn.messages)).toEqual(['Why?']);
    expect(turn.events.at(-1)).toMatchObject({ type: 'wait', blockId: 'why' });
  });

  it("counts its detour's entries towards the loop guard", async () => {
    const bot = statusBot([{ id: 'spin', type: 'goto', rules: [], else: 'spin' }]);
    Object.assign(
      bot.flows[0]!.blocks.find((b) => b.id === 'on_status')!,
      { next: 'spin' },
    );
    const c = converse(bot);
    await c.start();
    const turn = await c.say('open');
    expect(turn.events.find((e) => e.type === 'error')).toMatchObject({ code: 'loop-detected' });
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'loop' });
    expect(entered(turn.events)).not.toContain('thanks');
  });

  it('passes on to its next when reached through an edge', async () => {
    const bot = project([
      { id: 'start', type: 'goto', rules: [], else: 'on_x' },
      { id: 'on_x', type: 'onVariableChange', variable: 'x', next: 'done' },
      { id: 'done', type: 'message', messages: [text('Done')] },
    ]);
    const turn = await converse(bot).start();
    expect(texts(turn.messages)).toEqual(['Done']);
    const enter = turn.events.find((e) => e.type === 'enter' && e.blockId === 'on_x');
    expect(enter).not.toHaveProperty('trigger');
  });
});
