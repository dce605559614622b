// Property: for any generated project, the import of its Chatlayer export is the project with its ids
// (flows and blocks by id, as botloom/1 JSON writes them), and export → import → export gives the
// same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { parseProject, stringifyProject } from '../../../../engine/format';
import { allBlocks, type Project } from '../../../../engine/model';
import { generateProject } from '../../../builders';
import { seededIds } from './seeded-ids';

/** A generated project, some blocks named after their own id, some ids stored already, some retired. */
const projects = fc
  .record({
    blocks: fc.integer({ min: 1, max: 80 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    flows: fc.integer({ min: 1, max: 4 }),
    named: fc.double({ min: 0, max: 1, noNaN: true }),
    stored: fc.double({ min: 0, max: 1, noNaN: true }),
    retired: fc.array(fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/), { maxLength: 3 }),
    region: fc.constantFrom(undefined, 'eu', 'us'),
  })
  .map((o): Project => {
    const p = generateProject({ blocks: o.blocks, seed: o.seed, flows: Math.min(o.flows, o.blocks) });
    const blocks = [...allBlocks(p)];
    const ids: Record<string, string> = {};
    blocks.forEach((b, i) => {
      if ((i * 0.618) % 1 < o.named) b.name = b.id;
      if ((i * 0.382) % 1 < o.stored) ids[b.id] = `stored-${i}`;
    });
    for (const r of o.retired) if (!blocks.some((b) => b.id === r)) ids[r] = `retired-${r}`;
    const chatlayer = { ...(o.region ? { region: o.region as 'eu' | 'us' } : {}), ids };
    return { ...p, chatlayer };
  });

/** The project as botloom/1 JSON gives it back: flows and blocks sorted by id. */
function canonical(project: Project): Project {
  const r = parseProject(stringifyProject(project));
  if (!r.ok) throw new Error('a generated project must be valid');
  return r.project;
}

describe('Chatlayer export round trip (property)', () => {
  it('import(export(p)) is p with its ids, and export → import → export is byte-identical', () => {
    fc.assert(
      fc.property(projects, fc.integer({ min: 1, max: 1000 }), (project, idSeed) => {
        const first = exportChatlayerBot(project, { newId: seededIds(idSeed) });
        if (!first.ok) throw new Error(first.problems.map((p) => p.message).join('; '));
        for (const [blockId, id] of Object.entries(project.chatlayer?.ids ?? {}))
          expect(first.project.chatlayer!.ids![blockId]).toBe(id);
        const back = importChatlayerBot(first.text);
        if (!back.ok) throw new Error(back.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
        expect(back.project).toEqual(canonical(first.project));
        const second = exportChatlayerBot(back.project, { newId: seededIds(idSeed + 1) });
        expect(second.ok && second.assigned).toEqual([]);
        expect(second.ok && second.text).toBe(first.text);
      }),
      { numRuns: 60 },
    );
  });
});
