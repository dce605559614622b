// How `botloom chatlayer traffic` prints a traffic report for people: where it came from, the totals, the
// ten worst drop-off blocks, and the step ids no block has.
import type { Project, TrafficReport } from '../../engine/model';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export function formatTraffic(report: TrafficReport, project: Project): string[] {
  const names = new Map<string, string>();
  for (const flow of project.flows)
    for (const block of flow.blocks)
      names.set(block.id, `${block.name ? `${block.name} ` : ''}(${block.id}, ${flow.name})`);
  const { query } = report;
  const filters = [
    query.channel && `channel ${query.channel}`,
    query.language && `language ${query.language}`,
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `Traffic of ${report.where}${report.cached ? ' (cached)' : ''}, ${query.since} to ${query.until}${filters ? `, ${filters}` : ''}:`,
    `${plural(report.blocks.length, 'block')} with traffic, ${plural(report.edges.length, 'edge')}, busiest ${report.max}.`,
  ];
  if (report.worst.length) {
    lines.push('Worst drop-off (share of passes that stopped there):');
    for (const b of report.worst)
      lines.push(
        `  ${percent(b.dropShare).padStart(6)}  ${b.stopped} of ${b.in}  ${names.get(b.blockId) ?? b.blockId}`,
      );
  } else lines.push('No block where conversations stopped (besides the ends of flows).');
  if (report.notExported)
    lines.push(
      `${plural(report.notExported, 'block')} without a Chatlayer id (never exported): Chatlayer counts nothing for them.`,
    );
  if (report.unknownSteps.length) {
    const total = report.unknownSteps.reduce((n, s) => n + s.count, 0);
    lines.push(
      `${plural(report.unknownSteps.length, 'step id')} in the answer that no block of the project has (${total} passes, left out): ${report.unknownSteps
        .slice(0, 20)
        .map((s) => `${s.stepId} (${s.count})`)
        .join(', ')}${report.unknownSteps.length > 20 ? ', …' : ''}`,
    );
  }
  return lines;
}
