// A traffic report over the whole generated project for the canvas benchmark's overlay case: every block
// has passes in and a drop-off share, every edge a count (spread over the width buckets), so painting
// the overlay costs what a busy live bot's would.
import { trafficReport } from '../../engine/chatlayer/analytics/traffic-model';
import { blockReferences, type Project, type TrafficReport } from '../../engine/model';

export function benchTrafficReport(project: Project): TrafficReport {
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  const edges = new Map<string, number>();
  let i = 0;
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      i++;
      if (i % 97 === 1) starts.set(block.id, 50 + (i % 400));
      ends.set(block.id, i % 13);
      for (const ref of blockReferences(block)) {
        if (ref.kind === 'blockValue') continue;
        const key = `${block.id}\u0000${ref.target}`;
        edges.set(key, (edges.get(key) ?? 0) + 1 + ((i * 7919) % 900));
      }
    }
  return trafficReport(
    project,
    { starts, ends, edges, unknown: new Map() },
    {
      source: 'live',
      where: 'bench',
      query: {
        since: '2024-01-01T00:00:00.000Z',
        until: '2024-02-01T00:00:00.000Z',
        channel: null,
        language: null,
      },
      notExported: 0,
      read: 0,
      fetchedAt: 0,
    },
  );
}
