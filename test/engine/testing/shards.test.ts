// Splitting tests into shards (by name hash, or balanced by earlier durations) and merging the shards'
// reports back into one.
import { describe, expect, it } from 'vitest';
import type { ConversationTest, TestResult, TestRunSummary } from '../../../engine/model';
import {
  mergeSummaries,
  parseShard,
  shardTests,
  testKeys,
  timingsOf,
  type TestTimings,
} from '../../../engine/testing';

const tests = (n: number): ConversationTest[] =>
  Array.from({ length: n }, (_, i) => ({ name: `test ${i % 37}`, steps: [] }));
const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('shards', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/2/3'])
      expect(parseShard(bad)).toMatch(/--shard must be i\/n/);
  });

  it('gives duplicate names distinct keys', () => {
    expect(
      testKeys([
        { name: 'a', steps: [] },
        { name: 'b', steps: [] },
        { name: 'a', steps: [] },
      ]),
    ).toEqual(['a', 'b', 'a #2']);
  });

  it('split the tests into shards that together hold each exactly once, of near equal size', () => {
    const list = tests(101);
    for (const count of [1, 2, 4, 7]) {
      const shards = Array.from({ length: count }, (_, i) =>
        shardTests(list, all(101), { index: i + 1, count }),
      );
      const seen = shards.flatMap((s) => [...s]).sort((a, b) => a - b);
      expect(seen).toEqual(all(101));
      const sizes = shards.map((s) => s.size);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('split the same way every time, whatever the order of the candidates, and only among them', () => {
    const list = tests(60);
    const a = shardTests(list, all(60), { index: 3, count: 4 });
    const b = shardTests(list, all(60).reverse(), { index: 3, count: 4 });
    expect([...b].sort((x, y) => x - y)).toEqual([...a].sort((x, y) => x - y));
    const some = shardTests(list, [1, 2, 3, 4, 5], { index: 1, count: 2 });
    expect([...some].every((i) => i >= 1 && i <= 5)).toBe(true);
  });

  it('balance shards by earlier durations, a test without one counting as the median', () => {
    const list: ConversationTest[] = ['slow', 'a', 'b', 'c', 'd', 'new'].map((name) => ({ name, steps: [] }));
    const timings: TestTimings = {
      format: 'botloom-timings/1',
      tests: { slow: 1200, a: 250, b: 250, c: 250, d: 250 },
    };
    const one = shardTests(list, all(6), { index: 1, count: 2 }, timings);
    const two = shardTests(list, all(6), { index: 2, count: 2 }, timings);
    // The slow test alone on one shard, the five others (4 × 250 + the median, 250) on the other.
    const slowShard = one.has(0) ? one : two;
    expect([...slowShard]).toEqual([0]);
    expect(one.size + two.size).toBe(6);
    // Without timings the same tests split three and three.
    expect(shardTests(list, all(6), { index: 1, count: 2 }).size).toBe(3);
  });

  it('write timings by test key, keeping earlier entries and leaving out skipped tests', () => {
    const list: ConversationTest[] = ['x', 'y', 'x'].map((name) => ({ name, steps: [] }));
    const result = (index: number, status: TestResult['status'], durationMs: number): TestResult => ({
      index,
      name: list[index]!.name,
      status,
      mode: 'mocked',
      durationMs,
      stepsPassed: 0,
    });
    const timings = timingsOf(
      list,
      [result(0, 'passed', 12.4), result(1, 'skipped', 0), result(2, 'failed', 7)],
      {
        format: 'botloom-timings/1',
        tests: { gone: 3, x: 99 },
      },
    );
    expect(timings).toEqual({ format: 'botloom-timings/1', tests: { gone: 3, x: 12, 'x #2': 7 } });
  });
});

describe('mergeSummaries', () => {
  const result = (index: number, status: TestResult['status']): TestResult => ({
    index,
    name: `t${index}`,
    status,
    mode: 'mocked',
    durationMs: index,
    stepsPassed: 1,
  });
  const summary = (results: TestResult[], durationMs: number, project = 'Bot'): TestRunSummary => ({
    project,
    results,
    passed: results.filter((r) => r.status === 'passed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: 0,
    cancelled: false,
    durationMs,
  });

  it('puts the results back in project order with the counts of the whole', () => {
    const merged = mergeSummaries([
      { name: 'b.json', summary: summary([result(1, 'failed'), result(3, 'passed')], 40) },
      { name: 'a.json', summary: summary([result(0, 'passed'), result(2, 'passed')], 70) },
    ]);
    expect(merged.results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(merged).toMatchObject({ project: 'Bot', passed: 3, failed: 1, skipped: 0, durationMs: 70 });
  });

  it('refuses reports of different projects and a test in two reports', () => {
    expect(() =>
      mergeSummaries([
        { name: 'a.json', summary: summary([result(0, 'passed')], 1) },
        { name: 'b.json', summary: summary([result(1, 'passed')], 1, 'Other') },
      ]),
    ).toThrow(/b\.json is a report of "Other"/);
    expect(() =>
      mergeSummaries([
        { name: 'a.json', summary: summary([result(0, 'passed')], 1) },
        { name: 'a-again.json', summary: summary([result(0, 'passed')], 1) },
      ]),
    ).toThrow(/test 1 \("t0"\) is in both a\.json and a-again\.json/);
  });
});
