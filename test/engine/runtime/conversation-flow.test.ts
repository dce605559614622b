import { describe, expect, it } from 'vitest';
import { NOT_UNDERSTOOD_TEXT } from '../../../engine/runtime';
import { converse, expectValidTrace, project, text, texts } from './fixtures';

describe('conversation walk', () => {
  it('start() enters the start block and follows next until a block waits', async () => {
    const c = converse(
      project([
        { id: 'welcome', type: 'message', messages: [text('Hello')], next: 'menu' },
        { id: 'menu', type: 'message', messages: [text('Pick one')] },
      ]),
    );
    const turn = await c.start();
    expect(texts(turn.messages)).toEqual(['Hello', 'Pick one']);
    expect(turn.waitingAt).toBe('menu');
    expect(turn.ended).toBe(false);
    expect(turn.events.map((e) => e.type)).toEqual(['enter', 'message', 'enter', 'message', 'wait']);
    expectValidTrace(c.events);
  });

  it('a message block without next waits for the user', async () => {
    const c = converse(project([{ id: 'only', type: 'message', messages: [text('Hi')] }]));
    expect((await c.start()).waitingAt).toBe('only');
  });

  it('ends the conversation when a block has no next and nothing to wait for', async () => {
    const c = converse(
      project([
        { id: 'a', type: 'goto', else: 'b' },
        { id: 'b', type: 'input', variable: 'name', next: 'c', prompt: [text('Name?')] },
        { id: 'c', type: 'goto', rules: [{ when: { var: 'name', op: 'exists' }, goTo: 'd' }], else: 'd' },
        { id: 'd', type: 'input', variable: 'name' },
      ]),
    );
    await c.start();
    const turn = await c.say('Ann');
    expect(turn.ended).toBe(true);
    expect(c.ended).toBe(true);
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'done', blockId: 'd' });
  });

  it('starts at options.startBlock and with the given session', async () => {
    const c = converse(
      project([
        { id: 'welcome', type: 'message', messages: [text('Hello')] },
        { id: 'later', type: 'message', messages: [text('Hi {user.name}')] },
      ]),
      { startBlock: 'later', session: { user: { name: 'Ann' } } },
    );
    expect(texts((await c.start()).messages)).toEqual(['Hi Ann']);
  });

  it('fills declared variable defaults that the session does not set', async () => {
    const c = converse(
      project([{ id: 'w', type: 'message', messages: [text('{greeting} {user.name}')] }], {
        variables: [
          { name: 'greeting', default: 'Hello' },
          { name: 'user.name', default: 'stranger' },
        ],
      }),
      { session: { user: { name: 'Ann' } } },
    );
    expect(texts((await c.start()).messages)).toEqual(['Hello Ann']);
  });

  it('say() before start() starts the conversation first', async () => {
    const c = converse(project([{ id: 'w', type: 'message', messages: [text('Hello')] }]));
    const turn = await c.say('hi');
    expect(turn.events.map((e) => e.type)).toEqual(['enter', 'message', 'wait', 'user', 'message', 'wait']);
    expect(texts(turn.messages)).toEqual(['Hello', NOT_UNDERSTOOD_TEXT]);
  });

  it('jumps across flows', async () => {
    const p = project([{ id: 'a', type: 'goto', else: 'b' }], {
      flows: [
        { id: 'one', name: 'One', blocks: [{ id: 'a', type: 'goto', else: 'b' }] },
        { id: 'two', name: 'Two', blocks: [{ id: 'b', type: 'message', messages: [text('in two')] }] },
      ],
    });
    const turn = await converse(p).start();
    expect(turn.events.filter((e) => e.type === 'enter').map((e) => e.type === 'enter' && e.flowId)).toEqual([
      'one',
      'two',
    ]);
  });

  it('reports a jump to an unknown block and ends', async () => {
    const c = converse(project([{ id: 'a', type: 'goto', else: 'nowhere' }]));
    const turn = await c.start();
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'unknown-block', blockId: 'a' }),
    );
    expect(turn.ended).toBe(true);
  });

  it('serialises turns asked for at the same time', async () => {
    const c = converse(
      project([
        { id: 'ask', type: 'input', variable: 'a', prompt: [text('A?')], next: 'ask2' },
        { id: 'ask2', type: 'input', variable: 'b', prompt: [text('B?')], next: 'done' },
        { id: 'done', type: 'message', messages: [text('{a}{b}')] },
      ]),
    );
    const [, one, two] = await Promise.all([c.start(), c.say('1'), c.say('2')]);
    expect(texts(one.messages)).toEqual(['B?']);
    expect(texts(two.messages)).toEqual(['12']);
  });

  it('session is a deep copy and setVariable emits a set event', async () => {
    const c = converse(project([{ id: 'w', type: 'message', messages: [text('{x}')] }]));
    await c.start();
    const copy = c.session;
    copy.x = 'changed';
    expect(c.session.x).toBeUndefined();
    const seen: string[] = [];
    const off = c.onEvent((e) => seen.push(e.type));
    expect(c.setVariable('x', 5)).toBe(true);
    off();
    c.setVariable('x', 6);
    expect(seen).toEqual(['set']);
    expect(c.events.at(-2)).toMatchObject({
      type: 'set',
      path: 'x',
      value: 5,
      source: 'debugger',
      blockId: null,
    });
    expect(c.events.at(-1)).toMatchObject({ old: 5, value: 6 });
    expect(c.session.x).toBe(6);
  });

  it('refuses writes to internal.* from the debugger with an error event', async () => {
    const c = converse(project([{ id: 'w', type: 'message', messages: [] }]));
    await c.start();
    expect(c.setVariable('internal.sessionId', 'x')).toBe(false);
    expect(c.events.at(-1)).toMatchObject({ type: 'error', code: 'internal-readonly' });
  });

  it('a listener that throws does not break the conversation', async () => {
    const c = converse(project([{ id: 'w', type: 'message', messages: [text('Hi')] }]));
    c.onEvent(() => {
      throw new Error('boom');
    });
    expect(texts((await c.start()).messages)).toEqual(['Hi']);
  });

  it('awaits beforeEnter before each block entry with a copy of the session', async () => {
    const seen: string[] = [];
    const c = converse(
      project([
        { id: 'a', type: 'goto', else: 'b' },
        { id: 'b', type: 'message', messages: [text('b')] },
      ]),
      {
        session: { v: 1 },
        beforeEnter: async (id, session) => {
          seen.push(`${id}:${String(session.v)}`);
          session.v = 99;
          await Promise.resolve();
        },
      },
    );
    await c.start();
    expect(seen).toEqual(['a:1', 'b:1']);
  });

  it('stops the turn when the signal is aborted', async () => {
    const controller = new AbortController();
    const c = converse(
      project([
        { id: 'a', type: 'goto', else: 'b' },
        { id: 'b', type: 'message', messages: [text('b')] },
      ]),
      { signal: controller.signal, beforeEnter: (id) => (id === 'a' ? controller.abort() : undefined) },
    );
    const turn = await c.start();
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'aborted' }));
    expect(texts(turn.messages)).toEqual([]);
  });
});
