// The expression syntax switch travels with the Chatlayer export, and functions Chatlayer may lack are warned about.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { cmp, goto, message, project, rule } from '../../../builders';
import { ok } from './exported';
import { seededIds } from './seeded-ids';

const bot = (settings?: { expressionSyntax: boolean }) => ({
  ...project({
    blocks: [
      message('m', { text: 'Hi {CAPITALIZE(name)}, it is {DATE(NOW(), "HH:mm")}' }),
      goto('g', { rules: [rule(cmp('total', 'gt', '{ROUND(limit)}'), 'm')], else: 'm' }),
    ],
  }),
  ...(settings ? { settings } : {}),
});

describe('the expression syntax in the Chatlayer export', () => {
  it('writes the switch on the bot and reads it back', () => {
    for (const expressionSyntax of [true, false]) {
      const r = ok(exportChatlayerBot(bot({ expressionSyntax }), { newId: seededIds() }));
      expect(r.bot.bot.expressionSyntax).toBe(expressionSyntax);
      const back = importChatlayerBot(r.text);
      expect(back.ok && back.project.settings).toEqual({ expressionSyntax });
    }
  });

  it('leaves the field out for a project without the setting, and imports no setting', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds() }));
    expect(r.text).not.toContain('expressionSyntax');
    const back = importChatlayerBot(r.text);
    expect(back.ok && back.project.settings).toBeUndefined();
  });

  it('warns per block about functions whose presence in Chatlayer is not confirmed', () => {
    const r = ok(exportChatlayerBot(bot({ expressionSyntax: true }), { newId: seededIds() }));
    expect(r.warnings.filter((w) => w.message.includes('expression'))).toEqual([
      {
        blockId: 'm',
        message:
          "uses DATE, NOW in an expression: Botloom offers these functions, but Chatlayer's documentation as read does not confirm them; check on the live bot (docs/expressions.md#functions).",
      },
      {
        blockId: 'g',
        message:
          "uses ROUND in an expression: Botloom offers this function, but Chatlayer's documentation as read does not confirm it; check on the live bot (docs/expressions.md#functions).",
      },
    ]);
    const off = ok(exportChatlayerBot(bot({ expressionSyntax: false }), { newId: seededIds() }));
    expect(off.warnings.filter((w) => w.message.includes('expression'))).toEqual([]);
  });
});
