// The variables a project uses without declaring them (issue 19 point 10, the Variables panel's list):
// read in templates and conditions, or set by inputs, buttons, saveAs and code; not the declared ones
// (nor paths under or above them), the built-ins, secrets or entities.
import { describe, expect, it } from 'vitest';
import { api, buttons, cmp, code, goto, input, jump, message, project, rule } from '../../builders';
import { undeclaredVariables } from '../../../engine/validate';

describe('undeclaredVariables', () => {
  it('lists what is read or set without a declaration, with its blocks and whether anything sets it', () => {
    const p = project({
      variables: [{ name: 'order' }, { name: 'limits.max' }],
      blocks: [
        input('ask', { variable: 'user.email', next: 'shop' }),
        api('shop', {
          saveAs: 'stock',
          url: 'https://shop.example/{stock.items[0].sku}?l={language}',
          next: 'calc',
        }),
        code('calc', {
          code: "ChatlayerResponseBuilder().setSessionVariable('cart', []).send();",
          args: { t: '{cart.total}', s: '{order.size}', m: '{limits}' },
          next: 'route',
        }),
        goto('route', { rules: [rule(cmp('user.age', 'gt', '{limits.max}'), 'show')], else: 'show' }),
        message('show', {
          messages: [
            buttons('Hi {user.email} {secrets.token} {user.nmae}', [
              jump('Yes', 'ask', { 'choice.yes': 'true' }),
            ]),
          ],
        }),
      ],
    });
    expect(undeclaredVariables(p)).toEqual([
      // cart.total (read) is under cart (set): declaring cart covers it.
      { name: 'cart', blocks: ['calc'], set: true },
      { name: 'choice.yes', blocks: ['show'], set: true },
      { name: 'stock', blocks: ['shop'], set: true },
      { name: 'user.age', blocks: ['route'], set: false },
      { name: 'user.email', blocks: ['ask', 'show'], set: true },
      { name: 'user.nmae', blocks: ['show'], set: false },
    ]);
  });

  it('is empty when everything used is declared (or built in)', () => {
    const p = project({
      variables: [{ name: 'user' }],
      blocks: [
        input('ask', { variable: 'user.email', next: 'hi' }),
        message('hi', { text: 'Hi {user.email}, {lastUserMessage}' }),
      ],
    });
    expect(undeclaredVariables(p)).toEqual([]);
  });
});
