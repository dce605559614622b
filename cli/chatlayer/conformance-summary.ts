// A live conformance run in the shape the test reporters read (TestRunSummary), so `--reporter json|junit`
// and the exit codes work for `botloom test --target chatlayer` as for local runs: a test that differs
// fails at its first differing step, with the expected and the live messages.
import type { TestConformance } from '../../engine/chatlayer/conformance';
import type { ConversationTest, Project } from '../../engine/model';
import { skippedResult, summarize, type TestResult, type TestRunSummary } from '../../engine/testing';

const quoted = (texts: readonly string[] | undefined) =>
  texts?.length ? texts.map((t) => JSON.stringify(t)).join(', ') : '(nothing)';

export function conformanceResult(c: TestConformance, index: number, durationMs: number): TestResult {
  const base = { index, name: c.name, mode: 'live' as const, durationMs };
  const stepsPassed = c.steps.filter((s) => s.index > 0 && s.verdict === 'same').length;
  if (c.verdict === 'same') return { ...base, status: 'passed', stepsPassed };
  if (c.verdict === 'error')
    return {
      ...base,
      status: 'failed',
      stepsPassed,
      failure: {
        step: 0,
        expected: 'a live conversation',
        actual: c.error ?? 'the conversation failed',
        blockId: null,
      },
    };
  const s = c.steps.find((x) => x.verdict === 'differs')!;
  return {
    ...base,
    status: 'failed',
    stepsPassed,
    failure: {
      step: s.index,
      ...(s.index > 0 ? { stepSpec: s.step as ConversationTest['steps'][number] } : {}),
      expected: s.expected ?? `what the local simulation says: ${quoted(s.local)}`,
      actual: `${s.note ? `${s.note}: ` : ''}live ${quoted(s.live)}`,
      blockId: null,
    },
  };
}

/** The summary of a run; tests not run (cancelled) count as skipped. */
export function conformanceSummary(
  project: Project,
  selected: readonly { test: ConversationTest; index: number }[],
  done: readonly { result: TestConformance; durationMs: number }[],
  durationMs: number,
): TestRunSummary {
  const results: TestResult[] = selected.map(({ test, index }, slot) => {
    const d = done[slot];
    return d
      ? conformanceResult(d.result, index, d.durationMs)
      : { ...skippedResult(test, index), mode: 'live' };
  });
  return summarize(project, results, durationMs, done.length < selected.length);
}
