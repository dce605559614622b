import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../../../engine/format';
import { validateProject } from '../../../engine/validate';
import { arbitraryProject } from '../format/arbitrary-project';

function allPaths(value: unknown, path: (string | number)[] = [], out = new Set<string>()): Set<string> {
  out.add(formatJsonPath(path));
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

describe('validateProject on arbitrary projects (property)', () => {
  it('never throws, and every diagnostic points at a place that exists in the project', () => {
    fc.assert(
      fc.property(arbitraryProject, (p) => {
        const paths = allPaths(p);
        for (const d of validateProject(p)) {
          expect(paths.has(d.location.path), `${d.code} at ${d.location.path}`).toBe(true);
          expect(d.message.length).toBeGreaterThan(10);
          if (d.location.blockId !== undefined) expect(d.location.path.startsWith('flows[')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
