// The test reporters (docs/architecture.md#the-cli `--reporter`): each returns a string.
import type { TestRunSummary } from '../test-result';
import { jsonReport } from './json';
import { junitReport } from './junit';
import { prettyReport, type PrettyOptions } from './pretty';

export { jsonReport, junitReport, prettyReport, type PrettyOptions };
export { escapeXml } from './junit';
export { countsLine, failureLines, failureSummary } from './failure-text';

export const REPORTERS = ['pretty', 'json', 'junit'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export function report(name: ReporterName, summary: TestRunSummary, options: PrettyOptions = {}): string {
  if (name === 'json') return jsonReport(summary);
  if (name === 'junit') return junitReport(summary);
  return prettyReport(summary, options);
}
