import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../../engine/validate';
import { cmp, goto, message, project, rule } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

const withExpressions = (p: ReturnType<typeof project>) => ({ ...p, settings: { expressionSyntax: true } });

describe('invalid expressions', () => {
  it('reports an unknown function with its block, field, line and column', () => {
    const p = withExpressions(
      project({ blocks: [message('m', { text: 'Hello {name}!\nYou owe {ABSS(total)} euro.' })] }),
    );
    const [d] = validateProject(p).filter((x) => x.code === 'invalid-expression');
    expect(d).toEqual({
      code: 'invalid-expression',
      severity: 'error',
      message:
        '{ABSS(total)} at line 2, column 10: unknown function "ABSS" (see the list in docs/expressions.md). Fix the expression, or write \\{ for a literal brace.',
      location: {
        flowId: 'main',
        blockId: 'm',
        path: 'flows[0].blocks[0].messages[0].text',
        line: 2,
        column: 10,
      },
    });
  });

  it('reports wrong argument counts and syntax errors in condition values', () => {
    const p = withExpressions(
      project({
        blocks: [
          goto('g', {
            rules: [
              rule(cmp('total', 'gt', '{ABS(limit, 2)}'), 'm'),
              rule(cmp('total', 'eq', '{ABS(1 +)}'), 'm'),
            ],
            else: 'm',
          }),
          message('m'),
        ],
      }),
    );
    expect(diagnosticsOf(p, 'invalid-expression').map((d) => [d.path, d.message])).toEqual([
      [
        'flows[0].blocks[0].rules[0].when.value',
        '{ABS(limit, 2)} at line 1, column 2: ABS(number) takes 1 argument, not 2. Fix the expression, or write \\{ for a literal brace.',
      ],
      [
        'flows[0].blocks[0].rules[1].when.value',
        '{ABS(1 +)} at line 1, column 9: expected a value, found ")". Fix the expression, or write \\{ for a literal brace.',
      ],
    ]);
  });

  it('says nothing when the expression syntax is off, or the expressions are valid', () => {
    const text = '{ABSS(total)} and {CAPITALIZE(name)}';
    expect(diagnosticsOf(project({ blocks: [message('m', { text })] }), 'invalid-expression')).toEqual([]);
    const valid = withExpressions(
      project({ blocks: [message('m', { text: '{ABS(-1)} {DOWNCASE(name)|capitalize}' })] }),
    );
    expect(diagnosticsOf(valid, 'invalid-expression')).toEqual([]);
  });

  it('counts variables read inside expressions as used', () => {
    const p = withExpressions(project({ blocks: [message('m', { text: '{ABS(balance)}' })] }));
    expect(diagnosticsOf(p, 'undeclared-variable').map((d) => d.message)).toEqual([
      expect.stringContaining('variable "balance" is used but never set'),
    ]);
  });
});
