import { describe, expect, it } from 'vitest';
import type { BotMessageEvent } from '../../../engine/model';
import { converse, expectValidTrace, fakeCodeRunner, project, texts } from './fixtures';

const greeting = { kind: 'text', text: 'Hello {name}', variants: ['Hi {name}', 'Hey {name}'] };

function greeter(extra: Record<string, unknown> = {}) {
  return project(
    [
      { id: 'greet', type: 'message', messages: [greeting], next: 'ask' },
      { id: 'ask', type: 'input', variable: 'x', askAlways: true, prompt: [greeting], next: 'greet' },
    ],
    { variables: [{ name: 'name', default: 'Ann' }], ...extra },
  );
}

const messageEvents = (events: readonly { type: string }[]) =>
  events.filter((e): e is BotMessageEvent => e.type === 'message');

async function firstTexts(seed: number, turns = 5): Promise<string[]> {
  const c = converse(greeter(), { seed });
  const out = texts((await c.start()).messages);
  for (let i = 0; i < turns; i++) out.push(...texts((await c.say(`answer ${i}`)).messages));
  return out;
}

describe('message variants (docs/file-format.md#messages-and-buttons)', () => {
  it('sends one variant, templated, and traces every variant and the index sent', async () => {
    const c = converse(greeter(), { seed: 7 });
    const turn = await c.start();
    const [event] = messageEvents(turn.events);
    expect(event!.variants).toEqual(['Hello Ann', 'Hi Ann', 'Hey Ann']);
    expect(event!.message).toEqual({ kind: 'text', text: event!.variants![event!.variant!] });
    expectValidTrace(c.events);
  });

  it('the same seed picks the same variants; the pick follows the seeded random source', async () => {
    expect(await firstTexts(3)).toEqual(await firstTexts(3));
    const seeds = await Promise.all([1, 2, 3, 4, 5, 6].map((s) => firstTexts(s)));
    expect(new Set(seeds.map((t) => t.join('|'))).size).toBeGreaterThan(1);
  });

  it('every variant is picked, about evenly, over many sends', async () => {
    const counts = new Map<string, number>();
    const c = converse(greeter(), { seed: 11 });
    for (const t of texts((await c.start()).messages)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (let i = 0; i < 150; i++)
      for (const t of texts((await c.say(`a${i}`)).messages)) counts.set(t, (counts.get(t) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['Hello Ann', 'Hey Ann', 'Hi Ann']);
    for (const n of counts.values()) expect(n).toBeGreaterThan(60); // 302 sends, ~100 each
  });

  it('a missing value in a variant that was not sent gives no warning', async () => {
    const p = project([
      { id: 'a', type: 'message', messages: [{ kind: 'text', text: 'plain', variants: ['{missing}'] }] },
    ]);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const turn = await converse(p, { seed }).start();
      const warned = turn.events.some((e) => e.type === 'warning');
      expect(warned).toBe(texts(turn.messages)[0] === '');
    }
  });

  it('a message without variants sends its text and traces no variants', async () => {
    const p = project([{ id: 'a', type: 'message', messages: [{ kind: 'text', text: 'only' }] }]);
    const [event] = messageEvents((await converse(p).start()).events);
    expect(event).not.toHaveProperty('variants');
    expect(event).not.toHaveProperty('variant');
  });

  it('several textMessages in one text message of a code response are variants: one is sent', async () => {
    const runner = fakeCodeRunner(() => ({
      response: {
        messages: [
          { type: 'text', config: { textMessages: [{ text: 'one' }, { text: 'two' }, { text: 'three' }] } },
          { type: 'text', config: { textMessages: [{ text: 'single' }] } },
        ],
      },
    }));
    const p = project([{ id: 'c', type: 'code', code: 'x' }]);
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const turn = await converse(p, { codeRunner: runner, seed }).start();
      const sent = texts(turn.messages);
      expect(sent).toHaveLength(2);
      expect(['one', 'two', 'three']).toContain(sent[0]);
      expect(sent[1]).toBe('single');
      const [event] = messageEvents(turn.events);
      expect(event).toMatchObject({ source: 'code', variants: ['one', 'two', 'three'] });
      seen.add(sent[0]!);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('a text message holding one text in variants is refused: leave variants out', () => {
    expect(() =>
      project([{ id: 'a', type: 'message', messages: [{ kind: 'text', text: 'x', variants: [] }] }]),
    ).toThrow(/leave `variants` out/);
  });
});
