// Variables set on transitions (docs/file-format.md#variables-set-on-transitions): applied when the exit is
// taken, in list order, each value rendered against the session as the previous ones left it.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../engine/model';
import { converse, expectValidTrace, fakeCodeRunner, fakeHttp, project, text, texts } from './fixtures';

const sets = (events: readonly TraceEvent[]) =>
  events.filter((e): e is Extract<TraceEvent, { type: 'set' }> => e.type === 'set');

describe('variables set on transitions', () => {
  it("sets a message block's nextSet in order, as its next is followed, with a set event each", async () => {
    const c = converse(
      project(
        [
          {
            id: 'hello',
            type: 'message',
            messages: [text('count {n}')],
            next: 'after',
            nextSet: [
              { variable: 'n', value: '{n|increment}' },
              { variable: 'label', value: 'n is {n}' },
              { variable: 'copy', value: '{n}' },
            ],
          },
          { id: 'after', type: 'message', messages: [text('now {n}, {label}')] },
        ],
        { variables: [{ name: 'n', default: 4 }] },
      ),
    );
    const turn = await c.start();
    // The block's message is sent before the exit is taken: it still reads 4.
    expect(texts(turn.messages)).toEqual(['count 4', 'now 5, n is 5']);
    expect(c.session).toMatchObject({ n: 5, label: 'n is 5', copy: 5 });
    expect(sets(turn.events).map((e) => [e.path, e.value, e.source, e.blockId])).toEqual([
      ['n', 5, 'transition', 'hello'],
      ['label', 'n is 5', 'transition', 'hello'],
      ['copy', 5, 'transition', 'hello'],
    ]);
    // The sets come after the block's messages and before the next block is entered.
    const kinds = turn.events.map((e) => (e.type === 'enter' ? `enter ${e.blockId}` : e.type));
    expect(kinds.slice(kinds.indexOf('enter hello'))).toEqual([
      'enter hello',
      'message',
      'set',
      'set',
      'set',
      'enter after',
      'message',
      'wait',
    ]);
    expectValidTrace(c.events);
  });

  it('keeps the JSON type of a lone template and keeps literal JSON values', async () => {
    const c = converse(
      project([
        {
          id: 'go',
          type: 'goto',
          else: 'end',
          elseSet: [
            { variable: 'order', value: { size: 'large', count: 2 } },
            { variable: 'copy', value: '{order}' },
            { variable: 'flag', value: true },
            { variable: 'size', value: '{order.size|toUpperCase}' },
          ],
        },
        { id: 'end', type: 'message', messages: [text('done')] },
      ]),
    );
    await c.start();
    expect(c.session).toMatchObject({
      order: { size: 'large', count: 2 },
      copy: { size: 'large', count: 2 },
      flag: true,
      size: 'LARGE',
    });
  });

  it('sets only the exit taken: the matching rule, not the others nor the else', async () => {
    const blocks = [
      {
        id: 'route',
        type: 'goto' as const,
        rules: [
          {
            when: { var: 'x', op: 'eq' as const, value: 1 },
            goTo: 'one',
            set: [{ variable: 'via', value: 'rule 1' }],
          },
          {
            when: { var: 'x', op: 'eq' as const, value: 2 },
            goTo: 'two',
            set: [{ variable: 'via', value: 'rule 2' }],
          },
        ],
        else: 'other',
        elseSet: [{ variable: 'via', value: 'else' }],
      },
      { id: 'one', type: 'message' as const, messages: [text('one {via}')] },
      { id: 'two', type: 'message' as const, messages: [text('two {via}')] },
      { id: 'other', type: 'message' as const, messages: [text('other {via}')] },
    ];
    for (const [x, expected] of [
      [1, 'one rule 1'],
      [2, 'two rule 2'],
      [3, 'other else'],
    ] as const) {
      const c = converse(project(blocks), { session: { x } });
      expect(texts((await c.start()).messages)).toEqual([expected]);
      expect(sets(c.events)).toHaveLength(1);
    }
  });

  it('sets nothing when a message block waits (its next is not taken)', async () => {
    const c = converse(
      project([
        { id: 'ask', type: 'message', messages: [text('?')], nextSet: [{ variable: 'x', value: 1 }] },
      ]),
    );
    await c.start();
    expect(sets(c.events)).toEqual([]);
  });

  it("sets an API block's nextSet after saveAs, and not when it fails or jumps", async () => {
    const api = {
      id: 'call',
      type: 'api' as const,
      url: 'https://shop.example.com/stock',
      saveAs: 'stock',
      next: 'after',
      nextSet: [{ variable: 'left', value: '{stock.left}' }],
      onError: 'oops',
    };
    const after = { id: 'after', type: 'message' as const, messages: [text('left {left}')] };
    const oops = { id: 'oops', type: 'message' as const, messages: [text('oops {left}')] };
    const ok = converse(project([api, after, oops]), { http: fakeHttp(() => ({ body: { left: 3 } })) });
    expect(texts((await ok.start()).messages)).toEqual(['left 3']);
    expect(sets(ok.events).map((e) => [e.path, e.source])).toEqual([
      ['stock', 'saveAs'],
      ['left', 'transition'],
    ]);
    const failed = converse(project([api, after, oops]), { http: fakeHttp(() => ({ status: 500 })) });
    await failed.start();
    expect(sets(failed.events)).toEqual([]);
    const jumped = converse(project([api, after, oops]), {
      http: fakeHttp(() => ({ body: { action: { nextDialogstate: 'oops' } } })),
    });
    await jumped.start();
    expect(sets(jumped.events).map((e) => e.path)).toEqual(['stock']);
  });

  it("sets a code block's nextSet after its response's session data", async () => {
    const runner = fakeCodeRunner(() => ({ response: { session: { namespace: 'total', data: 20 } } }));
    const c = converse(
      project([
        {
          id: 'compute',
          type: 'code',
          code: '/* fake */',
          next: 'show',
          nextSet: [{ variable: 'double', value: '{total}{total}' }],
        },
        { id: 'show', type: 'message', messages: [text('{double}')] },
      ]),
      { codeRunner: runner },
    );
    expect(texts((await c.start()).messages)).toEqual(['2020']);
  });

  it('refuses internal.* with an error and goes on with the next set', async () => {
    const c = converse(
      project([
        {
          id: 'go',
          type: 'goto',
          else: 'end',
          elseSet: [
            { variable: 'internal.botId', value: 'x' },
            { variable: 'ok', value: 'yes' },
          ],
        },
        { id: 'end', type: 'message', messages: [text('{ok}')] },
      ]),
    );
    const turn = await c.start();
    expect(turn.events.find((e) => e.type === 'error')).toMatchObject({ code: 'internal-readonly' });
    expect(texts(turn.messages)).toEqual(['yes']);
  });

  it('redacts a sensitive variable set on a transition', async () => {
    const c = converse(
      project(
        [
          { id: 'go', type: 'goto', else: 'end', elseSet: [{ variable: 'pin', value: '1234' }] },
          { id: 'end', type: 'message', messages: [text('ok')] },
        ],
        { variables: [{ name: 'pin', sensitive: true }] },
      ),
    );
    await c.start();
    expect(sets(c.events)[0]).toMatchObject({ path: 'pin', value: '«sensitive»', redacted: true });
    expect(c.session.pin).toBe('1234');
  });
});
