// The JUnit XML reporter (the format CI servers read): one testsuite per project, a testcase per
// test, `failure` with a one-line message and the details as text, `skipped` for tests not run.
import type { TestResult, TestRunSummary } from '../test-result';
import { failureLines, failureSummary } from './failure-text';

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(r: TestResult, suite: string): string {
  const open = `    <testcase name="${escapeXml(r.name)}" classname="${escapeXml(suite)}" time="${seconds(r.durationMs)}"`;
  if (r.status === 'passed') return `${open}/>`;
  if (r.status === 'skipped')
    return `${open}>\n      <skipped message="${escapeXml(r.skipReason ?? 'not run')}"/>\n    </testcase>`;
  const f = r.failure!;
  return [
    `${open}>`,
    `      <failure message="${escapeXml(failureSummary(f))}" type="conversation-test-failed">${escapeXml(failureLines(f).join('\n'))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

export function junitReport(summary: TestRunSummary): string {
  const suite = summary.project;
  const counts = `tests="${summary.results.length}" failures="${summary.failed}" errors="0" skipped="${summary.skipped}" time="${seconds(summary.durationMs)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="botloom" ${counts}>`,
    `  <testsuite name="${escapeXml(suite)}" ${counts}>`,
    ...summary.results.map((r) => testcase(r, suite)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
