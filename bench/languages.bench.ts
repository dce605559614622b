// Issue 15: opening a 5,000-block project in three languages (every text translated into nl and fr) against the
// same project in one language: the .botloom open (SQLite load + integrity check), botloom/1 JSON parse, and
// validation. Opens alternate between the two files so both see the same machine load.
// Run: npx tsx bench/languages.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProject, openProject } from '../electron/services/project-store';
import { parseProject, stringifyProject } from '../engine/format';
import { blockTextUnits, ownerAt, withOwnerAt, withTranslation, type Project } from '../engine/model';
import { validateProject } from '../engine/validate';
import { largeProject } from '../test/electron/services/project-store/sample-project';
import { percentile } from './results';

const BLOCKS = 5_000;
const ROUNDS = 10;

function translated(project: Project): Project {
  const flows = project.flows.map((flow) => ({
    ...flow,
    blocks: flow.blocks.map((block) => {
      let b = block;
      for (const unit of blockTextUnits(block))
        for (const language of ['nl', 'fr']) {
          const owner = ownerAt(b, unit.owner)!;
          const own = (owner as Record<string, unknown>)[unit.field];
          const text = unit.index === undefined ? own : (own as string[] | undefined)?.[unit.index];
          if (typeof text === 'string' && text !== '')
            b = withOwnerAt(
              b,
              unit.owner,
              withTranslation(owner, unit.field, language, `[${language}] ${text}`, unit.index),
            );
        }
      return b;
    }),
  }));
  return { ...project, secondaryLanguages: ['nl', 'fr'], flows };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-bench-lang-'));
const options = { autoCheckpointMs: 0, heartbeatMs: 0 };
try {
  const one = largeProject(BLOCKS, 42);
  const three = translated(one);
  const files = { one: path.join(dir, 'one.botloom'), three: path.join(dir, 'three.botloom') };
  for (const [key, p] of [
    ['one', one],
    ['three', three],
  ] as const) {
    const r = createProject(files[key], p, options);
    if (!r.ok) throw new Error(r.error.message);
    r.value.close();
  }
  const texts = { one: stringifyProject(one), three: stringifyProject(three) };
  const times = {
    open: { one: [] as number[], three: [] as number[] },
    parse: { one: [] as number[], three: [] as number[] },
    validate: { one: [] as number[], three: [] as number[] },
  };
  for (let i = 0; i < ROUNDS; i++)
    for (const key of ['one', 'three'] as const) {
      let t0 = performance.now();
      const r = openProject(files[key], options);
      times.open[key].push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error.message);
      r.value.close();
      t0 = performance.now();
      const parsed = parseProject(texts[key]);
      times.parse[key].push(performance.now() - t0);
      if (!parsed.ok) throw new Error('parse');
      t0 = performance.now();
      validateProject(parsed.project);
      times.validate[key].push(performance.now() - t0);
    }
  const units = one.flows.flatMap((f) => f.blocks).reduce((n, b) => n + blockTextUnits(b).length, 0);
  console.log(
    `${BLOCKS} blocks, ${units} texts; JSON ${(texts.one.length / 2 ** 20).toFixed(1)} MB vs ${(texts.three.length / 2 ** 20).toFixed(1)} MB (en+nl+fr); load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  for (const [name, t] of Object.entries(times)) {
    const a = percentile(t.one, 50);
    const b = percentile(t.three, 50);
    console.log(
      `${name.padEnd(9)} one language ${a.toFixed(0)} ms, three ${b.toFixed(0)} ms (median of ${ROUNDS}, ${((b / a - 1) * 100).toFixed(0)} %)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
