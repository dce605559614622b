// The export's warnings about what Chatlayer cannot resolve: secrets, Botloom's built-ins, literal block
// ids in code and a block's own error route, each naming the block, the field, what Chatlayer does and the fix.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, warningPlace } from '../../../../engine/chatlayer';
import type { Block } from '../../../../engine/model';
import { literalJumps } from '../../../../engine/chatlayer/export/code-block-ids';
import { api, cmp, code, goto, message, project, rule, text } from '../../../builders';
import { ok } from './exported';

const IDS = { chatlayer: { ids: { start: 's-1', confirm: 'c-1', call: 'a-1', calc: 'k-1', route: 'g-1' } } };
const warningsOf = (blocks: Block[]) =>
  ok(exportChatlayerBot(project({ blocks: [message('start'), message('confirm'), ...blocks], ...IDS })))
    .warnings;

describe('export warnings: what Chatlayer cannot resolve', () => {
  it('warns about a {secrets.*} template with the block, the field, what Chatlayer does and the fix', () => {
    const warnings = warningsOf([
      api('call', {
        name: 'Call the shop',
        url: 'https://shop.example/api',
        headers: { Authorization: 'Bearer {secrets.shopToken}' },
      }),
    ]);
    const w = warnings.find((x) => x.message.includes('secrets.shopToken'))!;
    expect(w).toMatchObject({ blockId: 'call', blockName: 'Call the shop', field: 'headers.Authorization' });
    expect(w.message).toContain('session variable that nothing sets');
    expect(w.message).toContain('After the import, type the value into this field in Chatlayer');
    expect(warningPlace(w)).toBe('block "Call the shop" (call) headers.Authorization: ');
  });

  it.each([
    ['lastUserMessage', '{internal.messageContent}'],
    ['conversationId', '{internal.sessionId}'],
    ['language', 'declare a variable'],
    ['lastError', 'show a fixed text instead'],
  ])('warns about the Botloom built-in %s and says what to use instead', (builtin, fix) => {
    const warnings = warningsOf([message('m', { messages: [text(`You said {${builtin}|toUpperCase}`)] })]);
    const w = warnings.find((x) => x.blockId === 'm')!;
    expect(w.field).toBe('messages[0].text');
    expect(w.message).toContain(`reads {${builtin}}, a Botloom built-in`);
    expect(w.message).toContain(fix);
  });

  it('reads built-ins in Go To comparisons and code arguments too, once per block and variable', () => {
    const warnings = warningsOf([
      goto('route', { rules: [rule(cmp('lastUserMessage', 'eq', 'hi'), 'confirm')], else: 'start' }),
      code('calc', { args: { said: '{lastUserMessage}', again: '{lastUserMessage}' } }),
    ]);
    expect(warnings.filter((w) => w.blockId === 'route').map((w) => w.field)).toEqual(['rules[0].when.var']);
    expect(warnings.filter((w) => w.blockId === 'calc').map((w) => w.field)).toEqual(['args.said']);
  });

  it('leaves declared variables, internal.* and escaped braces alone', () => {
    const warnings = warningsOf([
      message('m', { messages: [text('{internal.messageContent} \\{secrets.x} {order.size}')] }),
    ]);
    expect(warnings.filter((w) => w.blockId === 'm')).toEqual([]);
  });

  it('warns about a literal block id in setNextDialogState and offers the exported id or a code argument', () => {
    const warnings = warningsOf([
      code('calc', {
        code: "const b = ChatlayerResponseBuilder();\nif (args.ok) b.setNextDialogState('confirm');\nb.send();",
      }),
    ]);
    const w = warnings.find((x) => x.blockId === 'calc')!;
    expect(w.field).toBe('code');
    expect(w.message).toContain(
      'line 2, column 35: setNextDialogState(\'confirm\') names the Botloom block "confirm"',
    );
    expect(w.message).toContain('exported as the dialog state "c-1"');
    expect(w.message).toContain('setNextDialogState(args.next)');
  });

  it('does not warn about a jump through an argument, an expression or a literal that is no block', () => {
    const warnings = warningsOf([
      code('calc', {
        code: "const b = ChatlayerResponseBuilder();\nb.setNextDialogState(args.next);\nb.setNextDialogState('c-1');\nb.setNextDialogState(`${'con'}firm`);\nb.send();",
      }),
    ]);
    expect(warnings.filter((w) => w.blockId === 'calc')).toEqual([]);
  });

  it('finds jumps in response objects, template literals and code that does not parse', () => {
    expect(literalJumps('return { action: { nextDialogstate: `confirm` } };')).toEqual([
      { value: 'confirm', via: 'nextDialogstate', line: 1, column: 37 },
    ]);
    expect(literalJumps("b.setNextDialogState('confirm'")).toEqual([
      { value: 'confirm', via: 'setNextDialogState', line: 1, column: 22 },
    ]);
    expect(literalJumps('const x = 1;')).toEqual([]);
  });

  it("warns about a block's own onError: Chatlayer sends a failing action to Error occurred", () => {
    const warnings = warningsOf([
      api('call', { url: 'https://x.example', onError: 'confirm', next: 'start' }),
    ]);
    const w = warnings.find((x) => x.field === 'onError')!;
    expect(w.blockId).toBe('call');
    expect(w.message).toContain("goes to the bot's Error occurred default block");
    expect(w.message).toContain('Make Error occurred in Chatlayer do what "confirm" does');
  });

  it('names a block without a name by its id, and keeps the older warnings as they were', () => {
    const warnings = warningsOf([
      code('calc', { code: "ChatlayerResponseBuilder().setNextDialogState('start').send();" }),
    ]);
    expect(warningPlace(warnings.find((w) => w.blockId === 'calc')!)).toBe('block calc code: ');
    expect(warningPlace({ blockId: 'calc', blockName: 'calc', message: 'has 4 buttons' })).toBe(
      'block calc ',
    );
  });
});
