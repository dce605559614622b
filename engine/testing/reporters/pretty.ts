// The pretty reporter: one line per test, the failures in detail, and `N passed, M failed` last.
// Colour (ANSI) only when asked for.
import type { TestRunSummary } from '../test-result';
import { countsLine, failureLines } from './failure-text';

export interface PrettyOptions {
  color?: boolean;
}

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;

export function prettyReport(summary: TestRunSummary, options: PrettyOptions = {}): string {
  const paint = options.color
    ? { green: ansi('32'), red: ansi('31'), yellow: ansi('33'), dim: ansi('2'), bold: ansi('1') }
    : { green: String, red: String, yellow: String, dim: String, bold: String };
  const out: string[] = [];
  for (const r of summary.results) {
    const ms = paint.dim(`(${Math.round(r.durationMs)} ms)`);
    const live = r.mode === 'live' ? ' [live]' : '';
    if (r.status === 'passed') out.push(`${paint.green('✓')} ${r.name}${live} ${ms}`);
    else if (r.status === 'skipped')
      out.push(
        `${paint.yellow('-')} ${r.name}${live} ${paint.dim(`(skipped: ${r.skipReason ?? 'not run'})`)}`,
      );
    else {
      out.push(`${paint.red('✗')} ${paint.bold(r.name)}${live} ${ms}`);
      for (const line of failureLines(r.failure!)) out.push(`    ${line}`);
    }
  }
  if (summary.results.length === 0) out.push('No tests to run.');
  if (summary.cancelled) out.push('', paint.yellow('Cancelled: the tests not run are counted as skipped.'));
  const counts = countsLine(summary);
  out.push('', summary.failed > 0 ? paint.red(counts) : paint.green(counts));
  return out.join('\n') + '\n';
}
