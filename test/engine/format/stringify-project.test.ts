import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject, stringifyProject } from '../../../engine/format';
import type { Project } from '../../../engine/model';
import { api, flow, generateProject, message, project } from '../../builders';
import { arbitraryProject } from './arbitrary-project';

const sortedById = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const canonical = (p: Project): Project => ({
  ...p,
  flows: sortedById(p.flows).map((f) => ({ ...f, blocks: sortedById(f.blocks) })),
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

describe('stringifyProject', () => {
  it('export → parse → export is byte-identical and keeps every value (property)', () => {
    fc.assert(
      fc.property(arbitraryProject, (p) => {
        const text = stringifyProject(p);
        const parsed = parseProject(text);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
        expect(stringifyProject(parsed.project)).toBe(text);
        expect(parsed.project).toEqual(canonical(p));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same bytes whatever the key, flow and block order of the input (property)', () => {
    fc.assert(
      fc.property(arbitraryProject, (p) => {
        const shuffled = {
          ...(reverseKeys(p) as Project),
          flows: [...p.flows].reverse().map((f) => ({ ...f, blocks: [...f.blocks].reverse() })),
        };
        expect(stringifyProject(reverseKeys(shuffled) as Project)).toBe(stringifyProject(p));
      }),
      { numRuns: 100 },
    );
  });

  it('puts known keys in the spec order with id and type first, other keys alphabetically, two-space indent and a trailing newline', () => {
    const p = project({
      name: 'Order',
      flows: [
        flow('main', [
          api('check', {
            next: 'done',
            url: 'https://x.example/{a}',
            body: { zeta: 1, alpha: { '10': true, '2': false, b: null } },
          }),
          message('done'),
        ]),
      ],
      startBlock: 'check',
    });
    const text = stringifyProject(p);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'name',
      'language',
      'startBlock',
      'variables',
      'intents',
      'flows',
      'tests',
      'mocks',
    ]);
    const block = JSON.parse(text).flows[0].blocks[0];
    expect(Object.keys(block)).toEqual(['id', 'type', 'method', 'url', 'body', 'next']);
    expect(text).toContain('      "blocks": [\n        {\n          "id": "check",');
    const bodyText = text.slice(text.indexOf('"body"'), text.indexOf('"next"'));
    expect(bodyText.indexOf('"alpha"')).toBeLessThan(bodyText.indexOf('"zeta"'));
    expect(bodyText.indexOf('"10"')).toBeLessThan(bodyText.indexOf('"2"'));
    expect(bodyText.indexOf('"2"')).toBeLessThan(bodyText.indexOf('"b"'));
  });

  it('sorts flows and blocks by id', () => {
    const p = project({
      flows: [flow('zeta', [message('b2'), message('a1')]), flow('alpha', [message('Z'), message('a')])],
      startBlock: 'a',
    });
    const written = JSON.parse(stringifyProject(p)) as Project;
    expect(written.flows.map((f) => f.id)).toEqual(['alpha', 'zeta']);
    expect(written.flows.map((f) => f.blocks.map((b) => b.id))).toEqual([
      ['Z', 'a'],
      ['a1', 'b2'],
    ]);
  });

  it('round-trips a generated 2,000-block project byte for byte', () => {
    const p = generateProject({ blocks: 2000, seed: 7 });
    const text = stringifyProject(p);
    const parsed = parseProject(text);
    expect(parsed.ok && stringifyProject(parsed.project)).toBe(text);
  });
});
