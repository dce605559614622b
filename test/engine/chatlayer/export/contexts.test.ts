// A block's NLP tab (linked intent, input and output contexts) and skip introduction in the Chatlayer export.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { message, project } from '../../../builders';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

const bot = () =>
  project({
    blocks: [
      message('ask', { text: 'Sure?', contexts: { output: [{ name: 'confirm', lifespan: 2 }] } }),
      message('yes', { text: 'Done', intent: 'yes', contexts: { input: ['confirm'] } }),
    ],
    intents: [{ id: 'yes', examples: ['yes'] }],
  });

describe('contexts in the Chatlayer export', () => {
  it('writes the linked intent and the contexts on the dialog state, and the import reads them back', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds() }));
    expect(byLabel(r, 'ask')).toMatchObject({ outputContexts: [{ name: 'confirm', lifespan: 2 }] });
    expect(byLabel(r, 'yes')).toMatchObject({ intent: 'yes', inputContexts: ['confirm'] });
    const back = importChatlayerBot(r.text);
    expect(back.ok && back.project).toEqual(r.project);
  });

  it('warns once per block with contexts that the layout is not documented', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds() }));
    const warned = r.warnings.filter((w) => w.message.includes('has contexts'));
    expect(warned.map((w) => w.blockId)).toEqual(['ask', 'yes']);
    expect(warned[0]!.message).toContain("Check the block's NLP tab after the import");
  });

  it('warns when a block holds two intents (its own and an intent pointing at it)', () => {
    const p = bot();
    p.intents.push({ id: 'ok', examples: ['ok'], block: 'yes' });
    const r = ok(exportChatlayerBot(p, { newId: seededIds() }));
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        blockId: 'yes',
        message: expect.stringContaining('linked to 2 intents (ok, yes)'),
      }),
    );
  });

  it('writes skipIntroduction on the bot with a warning, and reads it back', () => {
    const p = { ...bot(), settings: { skipIntroduction: true } };
    const r = ok(exportChatlayerBot(p, { newId: seededIds() }));
    expect(r.bot.bot.skipIntroduction).toBe(true);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('skipIntroduction is written as bot.skipIntroduction'),
      }),
    );
    const back = importChatlayerBot(r.text);
    expect(back.ok && back.project.settings).toEqual({ skipIntroduction: true });
  });
});
