// Shared by the benchmarks: prints figures and writes each benchmark's own section of bench/RESULTS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RESULTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'RESULTS.md');
const HEADER = `# Benchmark results

Written by \`npm run bench\` (each benchmark replaces its own section). Figures are from the machine named in
each section; the targets come from the issues.
`;

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target, e.g. '≤ 200 ms'. */
  target?: string;
  /** Whether the value meets the target (omit when there is none). */
  ok?: boolean;
}

/** Percentile of a sample (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function machine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${load} (1 / 5 / 15 min, when written)`;
}

/** Prints the figures and replaces the `id` section of bench/RESULTS.md. */
export function writeResults(id: string, title: string, figures: Figure[], notes = ''): void {
  const fmt = (v: number) =>
    Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3);
  for (const f of figures) {
    const verdict = f.ok === undefined ? '' : f.ok ? '  ok' : '  MISSED';
    console.log(
      `${title}: ${f.name}: ${fmt(f.value)} ${f.unit}${f.target ? ` (target ${f.target})` : ''}${verdict}`,
    );
  }
  const table = [
    '| figure | value | target | met |',
    '|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${fmt(f.value)} ${f.unit} | ${f.target ?? '–'} | ${f.ok === undefined ? '–' : f.ok ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  const section = `<!-- bench:${id} -->\n## ${title}\n\n${new Date().toISOString().slice(0, 10)}, ${machine()}\n\n${table}\n${notes ? `\n${notes.trim()}\n` : ''}<!-- /bench:${id} -->`;
  let text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : HEADER;
  const re = new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->`);
  text = re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(RESULTS, text.endsWith('\n') ? text : text + '\n');
}
