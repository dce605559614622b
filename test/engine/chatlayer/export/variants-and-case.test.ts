// The export and import of message variants, the case-sensitive switch and the message length limit.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { cmp, goto, message, project, rule } from '../../../builders';
import { byLabel, ok } from './exported';

function bot() {
  return project({
    blocks: [
      message('hello', {
        messages: [{ kind: 'text', text: 'Hello {name}!', variants: ['Hi {name}!', 'Hey!'] }],
        next: 'route',
      }),
      goto('route', {
        rules: [rule({ ...cmp('name', 'eq', 'ann'), caseSensitive: false }, 'hello')],
        else: 'hello',
      }),
    ],
    nlp: { threshold: 0.7, maxMessageLength: 400 },
    chatlayer: { ids: { hello: 'h', route: 'r' } },
  });
}

describe('export of variants, the case switch and the length limit', () => {
  it("writes a text message's variants as its textMessages, in order", () => {
    const r = ok(exportChatlayerBot(bot()));
    expect(byLabel(r, 'hello')).toMatchObject({
      messages: [
        {
          type: 'text',
          config: {
            textMessages: [{ text: 'Hello {name}!' }, { text: 'Hi {name}!' }, { text: 'Hey!' }],
          },
        },
      ],
    });
  });

  it('writes the case-sensitive switch with a warning, and the limit with the NLP settings', () => {
    const r = ok(exportChatlayerBot(bot()));
    expect(JSON.stringify(byLabel(r, 'route'))).toContain('"caseSensitive":false');
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/case-sensitive switch/);
    expect(r.bot.bot.nlp).toEqual({ threshold: 0.7, maxMessageLength: 400 });
  });

  it('imports them back as they were', () => {
    const p = bot();
    const back = importChatlayerBot(ok(exportChatlayerBot(p)).text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.project.flows[0]!.blocks).toEqual(p.flows[0]!.blocks);
    expect(back.project.nlp).toEqual(p.nlp);
  });
});
