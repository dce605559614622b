// Test coverage (issue 7): which blocks and which branches (a block's outgoing references: next,
// buttons, rules, else, onError, onFail, noAnswer) the conversation tests visit, read from their trace events.
import {
  blockReferences,
  indexBlocks,
  type Coverage,
  type CoveredBranch,
  type Project,
  type TraceEvent,
} from '../model';

/**
 * Block → next block transitions in one conversation: consecutive `enter` events, also across a wait
 * (the block the bot waited at leads to the block the user's answer entered).
 */
export function transitions(events: readonly TraceEvent[]): Set<string> {
  const seen = new Set<string>();
  let last: string | null = null;
  for (const e of events) {
    if (e.type !== 'enter') continue;
    if (last !== null) seen.add(`${last}\u0000${e.blockId}`);
    last = e.blockId;
  }
  return seen;
}

export function computeCoverage(project: Project, traces: Iterable<readonly TraceEvent[]>): Coverage {
  const entered = new Set<string>();
  const moves = new Set<string>();
  for (const events of traces) {
    for (const e of events) if (e.type === 'enter') entered.add(e.blockId);
    for (const t of transitions(events)) moves.add(t);
  }
  const blocks = [...indexBlocks(project).keys()];
  const visited = blocks.filter((id) => entered.has(id));
  const missed = blocks.filter((id) => !entered.has(id));
  const list: CoveredBranch[] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks)
      for (const ref of blockReferences(block)) {
        if (ref.kind === 'blockValue') continue;
        list.push({
          from: block.id,
          to: ref.target,
          kind: ref.kind,
          path: ref.path.join('.'),
          ...(ref.label !== undefined ? { label: ref.label } : {}),
          covered: moves.has(`${block.id}\u0000${ref.target}`),
        });
      }
  const coveredBranches = list.filter((b) => b.covered).length;
  const total = blocks.length + list.length;
  const percent = total === 0 ? 100 : Math.round(((visited.length + coveredBranches) / total) * 1000) / 10;
  return {
    blocks: { total: blocks.length, covered: visited.length, visited, missed },
    branches: { total: list.length, covered: coveredBranches, list },
    percent,
  };
}
