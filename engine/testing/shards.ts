// Splitting a project's tests across CI machines (`botloom test --shard i/n`) and putting their reports
// back together (`--merge-reports`). A split depends only on the tests' names (and, when given, the
// durations of an earlier run), never on the machine, so every machine computes the same one.
import { z } from 'zod';
import type { ConversationTest } from '../model';
import type { TestResult, TestRunSummary } from './test-result';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); returns a message saying what is wrong otherwise. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    return `--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not '${text}'`;
  return { index, count };
}

/**
 * Each test's key in a timings file and for the split: its name, with ` #k` for the k-th test of the same
 * name (k ≥ 2), so that keys are unique and survive reordering.
 */
export function testKeys(tests: readonly ConversationTest[]): string[] {
  const seen = new Map<string, number>();
  return tests.map((t) => {
    const k = (seen.get(t.name) ?? 0) + 1;
    seen.set(t.name, k);
    return k === 1 ? t.name : `${t.name} #${k}`;
  });
}

/** FNV-1a, 32 bits: a stable hash of a test key, the same on every machine and Node version. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Durations of an earlier run, by test key (what `--write-timings` writes). */
export const TestTimings = z.object({
  format: z.literal('botloom-timings/1'),
  tests: z.record(z.string(), z.number().min(0)),
});
export type TestTimings = z.infer<typeof TestTimings>;

/**
 * The positions (in the project's tests) of the tests shard `shard` runs, among `candidates` (positions,
 * e.g. those `--grep` selects). Without timings, the tests in hash order are dealt out in turn, so shards
 * differ by one test at most. With timings, the longest tests are placed first, each on the shard with the
 * least time so far (a test without a known duration counts as the median of the known ones); ties go by
 * hash and then by the lowest shard. Either way, the n shards together hold every candidate exactly once.
 */
export function shardTests(
  tests: readonly ConversationTest[],
  candidates: readonly number[],
  shard: Shard,
  timings?: TestTimings,
): Set<number> {
  const keys = testKeys(tests);
  const order = [...candidates].map((index) => ({ index, key: keys[index]!, hash: hash(keys[index]!) }));
  order.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const mine = new Set<number>();
  if (!timings) {
    order.forEach(({ index }, rank) => {
      if (rank % shard.count === shard.index - 1) mine.add(index);
    });
    return mine;
  }
  const known = order
    .map(({ key }) => timings.tests[key])
    .filter((ms): ms is number => ms !== undefined)
    .sort((a, b) => a - b);
  const fallback = known.length > 0 ? known[Math.floor(known.length / 2)]! : 1;
  const weighed = order.map((t) => ({ ...t, ms: timings.tests[t.key] ?? fallback }));
  // A stable sort: equal durations keep the hash order.
  weighed.sort((a, b) => b.ms - a.ms);
  const loads = new Array<number>(shard.count).fill(0);
  for (const t of weighed) {
    let target = 0;
    for (let s = 1; s < shard.count; s++) if (loads[s]! < loads[target]!) target = s;
    loads[target]! += t.ms;
    if (target === shard.index - 1) mine.add(t.index);
  }
  return mine;
}

/** The timings of a run, added to (and replacing entries of) earlier ones. */
export function timingsOf(
  tests: readonly ConversationTest[],
  results: readonly TestResult[],
  earlier?: TestTimings,
): TestTimings {
  const keys = testKeys(tests);
  const out: Record<string, number> = { ...earlier?.tests };
  for (const r of results)
    if (r.status !== 'skipped' && keys[r.index] !== undefined) out[keys[r.index]!] = Math.round(r.durationMs);
  const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { format: 'botloom-timings/1', tests: sorted };
}

export class MergeError extends Error {}

/**
 * One report from the reports of several shards of the same project: the results in project order,
 * counts recomputed, the longest shard's duration. Throws MergeError when the reports are of different
 * projects or two of them hold the same test.
 */
export function mergeSummaries(
  reports: readonly { name: string; summary: TestRunSummary }[],
): TestRunSummary {
  if (reports.length === 0) throw new MergeError('no reports to merge');
  const project = reports[0]!.summary.project;
  const byIndex = new Map<number, { name: string; result: TestResult }>();
  for (const { name, summary } of reports) {
    if (summary.project !== project)
      throw new MergeError(
        `${name} is a report of "${summary.project}", ${reports[0]!.name} of "${project}": merge the shards of one project at a time`,
      );
    for (const result of summary.results) {
      const other = byIndex.get(result.index);
      if (other)
        throw new MergeError(
          `test ${result.index + 1} ("${result.name}") is in both ${other.name} and ${name}: merge each shard's report once`,
        );
      byIndex.set(result.index, { name, result });
    }
  }
  const results = [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!.result);
  const count = (status: TestResult['status']) => results.filter((r) => r.status === status).length;
  return {
    project,
    results,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    cancelled: reports.some((r) => r.summary.cancelled),
    durationMs: Math.max(...reports.map((r) => r.summary.durationMs)),
  };
}
