import { describe, expect, it } from 'vitest';
import { rewriteTemplatePaths, templatePaths } from '../../../engine/edit';

describe('template scanner', () => {
  it('finds paths, skipping escaped braces and keeping filters', () => {
    expect(templatePaths('Hi {user.name|capitalize}, \\{not.this} {items[0].name} {n}').map((u) => u.path)).toEqual(['user.name', 'items[0].name', 'n']);
  });

  it('ignores braces that hold no variable path (JSON, regex counts)', () => {
    expect(templatePaths('{"a": 1} x{2,3} {} { }')).toEqual([]);
  });

  it('rewrites only the path, keeping spacing and filters', () => {
    expect(rewriteTemplatePaths('{ a.b | toUpperCase } {a.bc} {a.b}', (p) => (p === 'a.b' ? 'z' : undefined))).toBe('{ z | toUpperCase } {a.bc} {z}');
  });

  it('handles an unclosed brace and nested opening braces', () => {
    expect(rewriteTemplatePaths('{{a}} {a', (p) => (p === 'a' ? 'b' : undefined))).toBe('{{b}} {a');
  });
});
