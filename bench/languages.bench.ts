// Issue 15: opening a 5,000-block project in three languages (every text translated into nl and fr) against the
// same project in one language: the .botloom open (SQLite load + integrity check), botloom/1 JSON parse, and
// validation. Opens alternate between the two files so both see the same machine load. After them, in a loop
// of its own (so the timed opens run as before), where the open's extra time goes: its CPU time, the file
// check (read + SQLite integrity_check), fetching the block rows and their JSON.parse.
// Run: npx tsx bench/languages.bench.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createProject, openProject, verifyFile } from '../electron/services/project-store';
import { parseProject, stringifyProject } from '../engine/format';
import { blockTextUnits, ownerAt, withOwnerAt, withTranslation, type Project } from '../engine/model';
import { validateProject } from '../engine/validate';
import { largeProject } from '../test/electron/services/project-store/sample-project';
import { percentile, writeResults, type Figure } from './results';

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
  const parts = {
    cpu: { one: [] as number[], three: [] as number[] },
    verify: { one: [] as number[], three: [] as number[] },
    fetch: { one: [] as number[], three: [] as number[] },
    json: { one: [] as number[], three: [] as number[] },
  };
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const blockJsonBytes = { one: 0, three: 0 };
  for (let i = 0; i < ROUNDS; i++)
    for (const key of ['one', 'three'] as const) {
      const c0 = cpuMs();
      const r = openProject(files[key], options);
      parts.cpu[key].push(cpuMs() - c0);
      if (!r.ok) throw new Error(r.error.message);
      r.value.close();
      let t0 = cpuMs();
      if ('code' in verifyFile(files[key])) throw new Error('verify');
      parts.verify[key].push(cpuMs() - t0);
      const db = new Database(files[key], { readonly: true });
      t0 = cpuMs();
      const rows = db.prepare('SELECT json FROM blocks ORDER BY flow, sort').pluck().all() as string[];
      parts.fetch[key].push(cpuMs() - t0);
      t0 = cpuMs();
      for (const row of rows) JSON.parse(row);
      parts.json[key].push(cpuMs() - t0);
      db.close();
      blockJsonBytes[key] = rows.reduce((n, row) => n + Buffer.byteLength(row), 0);
    }
  const units = one.flows.flatMap((f) => f.blocks).reduce((n, b) => n + blockTextUnits(b).length, 0);
  const mb = (text: string) => (text.length / 2 ** 20).toFixed(1);
  const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
  const labels = {
    open: '.botloom open',
    parse: 'botloom/1 JSON parse',
    validate: 'validation',
    cpu: '.botloom open, CPU time',
    verify: 'open part, CPU time: file check (read + integrity_check)',
    fetch: 'open part, CPU time: block rows fetched from SQLite',
    json: 'open part, CPU time: JSON.parse of the block rows',
  };
  const figures: Figure[] = [];
  for (const [name, t] of Object.entries({ ...times, ...parts }) as [
    keyof typeof labels,
    { one: number[]; three: number[] },
  ][]) {
    const a = percentile(t.one, 50);
    const b = percentile(t.three, 50);
    const change = (b / a - 1) * 100;
    figures.push(
      { name: `${labels[name]}, one language (median of ${ROUNDS})`, value: a, unit: 'ms' },
      { name: `${labels[name]}, three languages (median of ${ROUNDS})`, value: b, unit: 'ms' },
      {
        name: `${labels[name]}: three languages against one`,
        value: change,
        unit: '%',
        ...(name === 'open' ? { target: '≤ +10 %', ok: change <= 10 } : {}),
      },
    );
  }
  writeResults(
    'languages',
    `Languages: a ${BLOCKS.toLocaleString('en')}-block project in one and in three languages`,
    figures,
    `${units} texts, every one translated into nl and fr on the three-language side; botloom/1 JSON ${mb(texts.one)} MB against ${mb(texts.three)} MB; the .botloom file ${kb(statSync(files.one).size)} against ${kb(statSync(files.three).size)}, its block rows' JSON ${kb(blockJsonBytes.one)} against ${kb(blockJsonBytes.three)}. The two projects' opens, parses and validations alternate, ${ROUNDS} rounds; then, in a loop of their own, the open's CPU time (process.cpuUsage: the wall time less waits such as the lock's fsync, and less the time a loaded machine gives to other processes) and that of the size-dependent parts of an open, each alone; load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min).`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
