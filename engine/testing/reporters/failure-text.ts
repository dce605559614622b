// A failure in words, shared by the reporters: the step number and step, expected vs actual, the
// block, and the error the bot ran into when there was one.
import type { TestFailure } from '../test-result';

/** One line: `step 3: expected …, got …`. */
export function failureSummary(f: TestFailure): string {
  const at = f.step === 0 ? 'before the first step' : `step ${f.step}`;
  return `${at}: expected ${f.expected}, got ${f.actual}${f.blockId ? ` (block ${f.blockId})` : ''}`;
}

/** Labelled lines, for a person reading a report. */
export function failureLines(f: TestFailure): string[] {
  const lines = [
    f.step === 0 ? 'before the first step' : `step ${f.step}: ${JSON.stringify(f.stepSpec)}`,
    `expected: ${f.expected}`,
    `actual:   ${f.actual}`,
    `block:    ${f.blockId ?? '(none)'}`,
  ];
  if (f.botError) lines.push(`bot error: ${f.botError}`);
  return lines;
}

/** The closing line every reporter that prints for people ends with: `N passed, M failed[, K skipped]`. */
export function countsLine(s: { passed: number; failed: number; skipped: number }): string {
  return `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`;
}
