import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewriteTemplatePaths, templatePaths } from '../../../engine/edit';
import { renderTemplate } from '../../../engine/template';

describe('template scanner', () => {
  it('finds paths, skipping escaped braces and keeping filters', () => {
    expect(
      templatePaths('Hi {user.name|capitalize}, \\{not.this} {items[0].name} {n}').map((u) => u.path),
    ).toEqual(['user.name', 'items[0].name', 'n']);
  });

  it('ignores braces that hold no variable path (JSON, regex counts)', () => {
    expect(templatePaths('{"a": 1} x{2,3} {} { }')).toEqual([]);
  });

  it('ignores braces the renderer keeps as text (a filter that is not a name), so a rename leaves them', () => {
    const text = 'Use {a|} or {a|no such} as written, but {a|capitalize}.';
    expect(templatePaths(text).map((u) => u.path)).toEqual(['a']);
    expect(rewriteTemplatePaths(text, (p) => (p === 'a' ? 'b' : undefined))).toBe(
      'Use {a|} or {a|no such} as written, but {b|capitalize}.',
    );
    expect(renderTemplate(text, { session: { a: 'x' } })).toBe('Use {a|} or {a|no such} as written, but X.');
  });

  it('rewrites only the path, keeping spacing and filters', () => {
    expect(
      rewriteTemplatePaths('{ a.b | toUpperCase } {a.bc} {a.b}', (p) => (p === 'a.b' ? 'z' : undefined)),
    ).toBe('{ z | toUpperCase } {a.bc} {z}');
  });

  it('handles an unclosed brace and nested opening braces', () => {
    expect(rewriteTemplatePaths('{{a}} {a', (p) => (p === 'a' ? 'b' : undefined))).toBe('{{b}} {a');
  });

  it('a rename rewrites what the renderer reads and leaves every other character (any text)', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '|',
      '\\',
      ' ',
      'a',
      'b.c',
      '[0]',
      'x y',
      'capitalize',
      '"k": 1',
      '{a',
      '{a|',
    );
    const session = { a: 'V', b: { c: 'V' } };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        for (const use of templatePaths(text)) expect(text.slice(use.start, use.end)).toBe(use.path);
        // a and b.c hold the same value: renaming one into the other must not change the rendered text.
        const renamed = rewriteTemplatePaths(text, (p) => (p === 'a' ? 'b.c' : undefined));
        expect(renderTemplate(renamed, { session })).toBe(renderTemplate(text, { session }));
      }),
      { numRuns: 1000 },
    );
  });
});
