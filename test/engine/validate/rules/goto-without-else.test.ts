import { describe, expect, it } from 'vitest';
import { all, any, cmp, goto, message, not, project, rule } from '../../../builders';
import { rulesCanAllFail } from '../../../../engine/validate';
import { diagnosticsOf } from '../diagnostics-of';

const withGoto = (g: ReturnType<typeof goto>) => project({ blocks: [g, message('a'), message('b')] });

describe('Go To without else', () => {
  it('is an error when the rules can all fail', () => {
    const p = withGoto(
      goto('route', { rules: [rule(cmp('order.total', 'gt', 100), 'a'), rule(cmp('vip', 'eq', true), 'b')] }),
    );
    expect(diagnosticsOf(p, 'goto-without-else')).toEqual([
      {
        severity: 'error',
        path: 'flows[0].blocks[0]',
        blockId: 'route',
        message:
          'Go To block "route" has no else, and its rules can all fail: add an "else" block for that case.',
      },
    ]);
  });

  it('is an error for a Go To with neither rules nor else', () => {
    expect(diagnosticsOf(withGoto(goto('route')), 'goto-without-else')[0]!.message).toContain(
      'has no rules and no else',
    );
  });

  it('is quiet when there is an else, or when some rule always holds', () => {
    expect(
      diagnosticsOf(
        withGoto(goto('route', { rules: [rule(cmp('x', 'exists'), 'a')], else: 'b' })),
        'goto-without-else',
      ),
    ).toEqual([]);
    const complementary = goto('route', {
      rules: [rule(cmp('x', 'exists'), 'a'), rule(cmp('x', 'notExists'), 'b')],
    });
    expect(diagnosticsOf(withGoto(complementary), 'goto-without-else')).toEqual([]);
  });

  it('decides "can all fail" by logic over the comparisons', () => {
    const x = cmp('size', 'eq', 'large');
    expect(rulesCanAllFail([x])).toBe(true);
    expect(rulesCanAllFail([x, cmp('size', 'ne', 'large')])).toBe(false);
    expect(rulesCanAllFail([x, not(x)])).toBe(false);
    expect(rulesCanAllFail([any(x, not(x))])).toBe(false);
    expect(rulesCanAllFail([all()])).toBe(false);
    expect(rulesCanAllFail([any()])).toBe(true);
    expect(rulesCanAllFail([cmp('n', 'gt', 5), cmp('n', 'lte', 5)])).toBe(true);
    expect(rulesCanAllFail([cmp('size', 'eq', 'large'), cmp('size', 'ne', 'small')])).toBe(true);
    expect(
      rulesCanAllFail([
        all(cmp('a', 'empty'), cmp('b', 'empty')),
        cmp('a', 'notEmpty'),
        cmp('b', 'notEmpty'),
      ]),
    ).toBe(false);
  });
});
