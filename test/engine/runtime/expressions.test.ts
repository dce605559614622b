import { describe, expect, it } from 'vitest';
import { converse, expectValidTrace, project, text, texts, type BlockInput } from './fixtures';

const blocks: BlockInput[] = [
  { id: 'ask', type: 'input', variable: 'name', prompt: [text('Your name?')], next: 'route' },
  {
    id: 'route',
    type: 'goto',
    rules: [{ when: { var: 'balance', op: 'gt', value: '{ABS(limit) * 2}' }, goTo: 'rich' }],
    else: 'poor',
  },
  { id: 'rich', type: 'message', messages: [text('Welcome {CAPITALIZE(name)}, you have {ABS(balance)}!')] },
  { id: 'poor', type: 'message', messages: [text('{CAPITALIZE(name)}: {ABS(balance - limit)} short.')] },
];

describe('the expression syntax in a conversation', () => {
  const on = project(blocks, { settings: { expressionSyntax: true } });

  it('evaluates expressions in message texts and condition values', async () => {
    const c = converse(on, { session: { balance: 250, limit: -100 } });
    await c.start();
    const turn = await c.say('aNN');
    expect(texts(turn.messages)).toEqual(['Welcome Ann, you have 250!']);
    expectValidTrace(turn.events);
    const d = converse(on, { session: { balance: 150, limit: -100 } });
    await d.start();
    expect(texts((await d.say('bob')).messages)).toEqual(['Bob: 250 short.']);
  });

  it('traces a failing function as a warning of the block and renders nothing for it', async () => {
    const c = converse(on, { session: { balance: 'lots', limit: 1 } });
    await c.start();
    const turn = await c.say('ann');
    expect(texts(turn.messages)).toEqual(['Welcome Ann, you have !']);
    expect(turn.events).toContainEqual(
      expect.objectContaining({
        type: 'warning',
        blockId: 'rich',
        code: 'template-expression-failed',
        message: '{ABS(balance)}: ABS needs a number, got "lots"',
      }),
    );
  });

  it('leaves {ABS(…)} as written when the project has the setting off or absent', async () => {
    const c = converse(project(blocks), { session: { balance: 250, limit: -100 } });
    await c.start();
    expect(texts((await c.say('ann')).messages)).toEqual([
      '{CAPITALIZE(name)}: {ABS(balance - limit)} short.',
    ]);
  });

  it('reads the conversation clock in date functions', async () => {
    const p = project(
      [{ id: 'm', type: 'message', messages: [text('Today is {DATE(NOW(), "DD-MM-YYYY")}')] }],
      {
        settings: { expressionSyntax: true },
      },
    );
    expect(texts((await converse(p).start()).messages)).toEqual(['Today is 01-01-2026']);
  });
});
