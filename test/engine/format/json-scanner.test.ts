import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem, locateJsonPath, locateJsonPaths } from '../../../engine/format';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('JSON scanner', () => {
  it('finds a problem exactly when JSON.parse fails, also in damaged documents (property)', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', '"', ':', 'x', '[', '\n'),
        (text, at, insert) => {
          const i = at % (text.length + 1);
          const damaged = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
          expect(findJsonSyntaxProblem(damaged) === undefined).toBe(parses(damaged));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('locates member keys and array items by JSON path, with 1-based line and column', () => {
    const text = '{\n  "flows": [\n    { "id": "a" },\n    { "id": "b" }\n  ]\n}';
    expect(locateJsonPath(text, ['flows', 1])).toMatchObject({ line: 4, column: 5 });
    expect(locateJsonPath(text, ['flows', 1, 'id'])).toMatchObject({ line: 4, column: 7 });
    expect(locateJsonPath(text, ['flows', 2])).toBeUndefined();
  });

  it('locates many paths in one walk, written as formatJsonPath writes them', () => {
    const text = '{\n  "headers": { "Content-Type": "x" },\n  "flows": [\n    { "id": "a" }\n  ]\n}';
    const found = locateJsonPaths(text, ['flows[0].id', 'headers["Content-Type"]', 'flows[3]', '']);
    expect(Object.fromEntries([...found].map(([k, v]) => [k, [v.line, v.column]]))).toEqual({
      'flows[0].id': [4, 7],
      'headers["Content-Type"]': [2, 16],
    });
  });
});
