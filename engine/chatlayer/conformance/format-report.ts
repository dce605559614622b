// The conformance report as text: per test, each differing step with the expected, live and local messages.
import type { TestConformance } from './run-conformance';

export function formatConformance(results: TestConformance[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const mark = r.verdict === 'same' ? '✓' : '✗';
    lines.push(`${mark} ${r.name}${r.verdict === 'error' ? ` (error: ${r.error})` : ''}`);
    for (const s of r.steps) {
      if (s.verdict !== 'differs') continue;
      const where = s.index === 0 ? 'start' : `step ${s.index} ${JSON.stringify(s.step)}`;
      lines.push(`    ${where}: ${s.note ?? 'differs'}`);
      if (s.expected) lines.push(`      expected: ${s.expected}`);
      if (s.live)
        lines.push(`      live:     ${s.live.map((t) => JSON.stringify(t)).join(', ') || '(nothing)'}`);
      if (s.local)
        lines.push(`      local:    ${s.local.map((t) => JSON.stringify(t)).join(', ') || '(nothing)'}`);
      if (s.events?.length) lines.push(`      events:   ${s.events.join(', ')} (not chat messages)`);
    }
    const skipped = r.steps.filter((s) => s.verdict === 'skipped');
    if (skipped.length)
      lines.push(
        `    (${skipped.length} step${skipped.length > 1 ? 's' : ''} not checkable live: ${[...new Set(skipped.map((s) => s.note))].join('; ')})`,
      );
  }
  const same = results.filter((r) => r.verdict === 'same').length;
  lines.push('', `${same} passed, ${results.length - same} failed`);
  return lines.join('\n') + '\n';
}
