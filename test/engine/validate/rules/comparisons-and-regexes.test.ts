import { describe, expect, it } from 'vitest';
import { all, cmp, goto, input, message, project, rule } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

describe('comparisons', () => {
  it('reports a binary comparison without a value, at its path inside the condition tree', () => {
    const p = project({
      blocks: [
        goto('g', { rules: [rule(all(cmp('a', 'exists'), cmp('order.total', 'gt')), 'm')], else: 'm' }),
        message('m'),
      ],
    });
    expect(diagnosticsOf(p, 'comparison-without-value')).toEqual([
      {
        severity: 'error',
        path: 'flows[0].blocks[0].rules[0].when.all[1]',
        blockId: 'g',
        message: 'the comparison "order.total gt" has no value to compare with: add a "value".',
      },
    ]);
  });

  it('notes a value given to a unary operator as ignored', () => {
    const p = project({
      blocks: [goto('g', { rules: [rule(cmp('a', 'exists', 1), 'm')], else: 'm' }), message('m')],
    });
    expect(diagnosticsOf(p, 'comparison-value-ignored')).toEqual([
      expect.objectContaining({ severity: 'info', path: 'flows[0].blocks[0].rules[0].when.value' }),
    ]);
  });
});

describe('regular expressions', () => {
  it('reports an input pattern and a matches value that do not compile', () => {
    const p = project({
      blocks: [
        input('code', { validate: { kind: 'regex', pattern: '^[A-Z{2}(' }, next: 'g' }),
        goto('g', {
          rules: [
            rule(cmp('answers.code', 'matches', '(unclosed'), 'm'),
            rule(cmp('answers.code', 'matches', '^\\d{2}$'), 'm'),
            rule(cmp('answers.code', 'matches', '{answers.code}('), 'm'),
          ],
          else: 'm',
        }),
        message('m'),
      ],
    });
    expect(diagnosticsOf(p, 'invalid-regex').map((d) => d.path)).toEqual([
      'flows[0].blocks[0].validate.pattern',
      'flows[0].blocks[1].rules[0].when.value',
    ]);
    expect(diagnosticsOf(p, 'invalid-regex')[0]!.message).toMatch(
      /^the pattern "\^\[A-Z\{2\}\(" is not a valid regular expression \(.+\): fix it\.$/,
    );
  });

  it('refuses matches patterns that could run for exponential time, or are too long, with the position', () => {
    const p = project({
      blocks: [
        goto('g', {
          rules: [
            rule(cmp('a', 'matches', '^(a+)+$'), 'm'),
            rule(cmp('a', 'matches', '/^x(\\w*)*$/i'), 'm'),
            rule(cmp('a', 'matches', 'y'.repeat(201)), 'm'),
            rule(cmp('a', 'matches', '^(ab)+(c|d)*[+*]{2,}$'), 'm'),
          ],
          else: 'm',
        }),
        message('m'),
      ],
    });
    const found = diagnosticsOf(p, 'invalid-regex');
    expect(found.map((d) => d.path)).toEqual([
      'flows[0].blocks[0].rules[0].when.value',
      'flows[0].blocks[0].rules[1].when.value',
      'flows[0].blocks[0].rules[2].when.value',
    ]);
    expect(found[0]!.message).toMatch(/the group at position 2 repeats something that repeats itself/);
    expect(found[2]!.message).toMatch(/201 characters; at most 200/);
  });
});
