import { describe, expect, it } from 'vitest';
import { api, buttons, cmp, code, goto, input, jump, message, project, rule } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';
import { buildersOf } from '../../../builders/kinds';

describe('undeclared variables', () => {
  it('warns about template uses and comparisons of variables nothing sets, at the field that reads them', () => {
    const p = project({
      blocks: [
        message('hi', { text: 'Hi {user.nmae|capitalize}!', next: 'g' }),
        goto('g', { rules: [rule(cmp('cart.total', 'gt', '{limits.max}'), 'hi')], else: 'hi' }),
      ],
    });
    expect(diagnosticsOf(p, 'undeclared-variable').map((d) => [d.path, d.message.slice(0, 40)])).toEqual([
      ['flows[0].blocks[0].messages[0].text', 'variable "user.nmae" is used but never s'],
      ['flows[0].blocks[1].rules[0].when.var', 'variable "cart.total" is used but never '],
      ['flows[0].blocks[1].rules[0].when.value', 'variable "limits.max" is used but never '],
    ]);
    expect(diagnosticsOf(p, 'undeclared-variable')[0]!.severity).toBe('warning');
  });

  it('counts every way of setting a variable, sub-paths and parents, and the built-ins', () => {
    const p = project({
      variables: [{ name: 'limits.max' }],
      blocks: [
        input('email', { variable: 'user.email', next: 'shop' }),
        api('shop', {
          saveAs: 'stock',
          url: 'https://shop.example/{stock.items[0].sku}?l={language}',
          headers: { Authorization: 'Bearer {secrets.token}' },
          next: 'calc',
        }),
        code('calc', {
          code: 'const b = ChatlayerResponseBuilder();\nb.addSessionVariable(\'order.summary\', {});\nb.setSessionVariable("cart", []).send();',
          args: { t: '{cart.total}' },
          next: 'show',
        }),
        message('show', {
          messages: [
            {
              kind: 'text',
              text: '{user} {user.email} {order.summary.lines.0} {limits.max} {internal.sessionId} {sys.now} {lastUserMessage} {lastError} {conversationId} {picked.size} \\{not.a.variable}',
            },
            buttons('Size?', [jump('L', 'show', { 'picked.size': 'L' })]),
          ],
        }),
      ],
    });
    expect(diagnosticsOf(p, 'undeclared-variable')).toEqual([]);
  });
});

describe('undeclared variables and transition sets', () => {
  it('counts the variables set on next, rules and else as set, and checks their values as uses', () => {
    const p = project({
      blocks: [
        message('hi', {
          text: 'Hi {greeted}',
          next: 'g',
          nextSet: [{ variable: 'greeted', value: '{greeted|increment}' }],
        }),
        goto('g', {
          rules: [{ ...rule(cmp('greeted', 'gt', 2), 'hi'), set: [{ variable: 'big', value: '{typo}' }] }],
          else: 'hi',
          elseSet: [{ variable: 'small', value: '{big}' }],
        }),
      ],
    });
    expect(diagnosticsOf(p, 'undeclared-variable').map((d) => [d.path, d.message.slice(0, 20)])).toEqual([
      ['flows[0].blocks[1].rules[0].set[0].value', 'variable "typo" is u'],
    ]);
  });

  it('warns about an event block watching a variable nothing sets or declares (it can never run)', () => {
    const event = buildersOf('onVariableChange');
    const p = project({
      blocks: [
        input('ask', { variable: 'order.status' }),
        event.build('on_status', { variable: 'order.status' }),
        event.build('on_typo', { variable: 'order.stauts' }),
      ],
    });
    expect(diagnosticsOf(p, 'undeclared-variable').map((d) => [d.path, d.message.slice(0, 50)])).toEqual([
      ['flows[0].blocks[2].variable', 'event block "on_typo" watches variable "order.stau'],
    ]);
  });
});
