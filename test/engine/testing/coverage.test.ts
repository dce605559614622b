import { describe, expect, it } from 'vitest';
import { computeCoverage, runTests } from '../../../engine/testing';
import type { TraceEvent } from '../../../engine/model';
import { noCode, pizzaBot } from './fixtures';

async function traces(tests: Parameters<typeof pizzaBot>[0]) {
  const project = pizzaBot(tests);
  const all: (readonly TraceEvent[])[] = [];
  const summary = await runTests(project, {
    codeRunner: noCode,
    onTestEvents: (_i, events) => all.push(events),
  });
  return { project, all, summary };
}

describe('test coverage', () => {
  it('counts the blocks and branches the tests visit, and lists what they miss', async () => {
    const { project, all, summary } = await traces([
      {
        name: 'large',
        steps: [{ click: 'Pizza' }, { click: 'Large' }, { user: 'Ann' }, { expectEnd: true }],
      },
    ]);
    expect(summary.passed).toBe(1);
    expect(all).toHaveLength(1);
    const c = computeCoverage(project, all);
    expect(c.blocks.total).toBe(7);
    expect(c.blocks.missed).toEqual(['down']);
    expect(c.blocks.covered).toBe(6);
    const branch = (from: string, path: string) =>
      c.branches.list.find((b) => b.from === from && b.path === path);
    expect(branch('welcome', 'messages.1.buttons.0.goTo')?.covered).toBe(true); // Pizza
    expect(branch('welcome', 'messages.1.buttons.1.goTo')?.covered).toBe(false); // Nothing
    expect(branch('stock', 'onError')?.covered).toBe(false);
    expect(branch('stock', 'next')?.covered).toBe(true);
    expect(c.branches.covered).toBeLessThan(c.branches.total);
    expect(c.percent).toBeGreaterThan(0);
    expect(c.percent).toBeLessThan(100);
  });

  it('adds up over several tests, and a project without tests covers nothing', async () => {
    const { project, all } = await traces([
      { name: 'large', steps: [{ click: 'Pizza' }, { click: 'Large' }, { user: 'Ann' }] },
      { name: 'nothing', steps: [{ click: 'Nothing' }] },
    ]);
    const one = computeCoverage(project, all.slice(0, 1));
    const both = computeCoverage(project, all);
    expect(both.branches.covered).toBeGreaterThan(one.branches.covered);
    expect(both.branches.list.find((b) => b.label === 'Nothing')?.covered).toBe(true);
    const none = computeCoverage(project, []);
    expect(none.blocks.covered).toBe(0);
    expect(none.percent).toBe(0);
  });
});
