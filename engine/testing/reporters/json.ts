// The JSON reporter: the whole run summary, for tools.
import type { TestRunSummary } from '../test-result';

export function jsonReport(summary: TestRunSummary): string {
  return JSON.stringify(summary, null, 2) + '\n';
}
