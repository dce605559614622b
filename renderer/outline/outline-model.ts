// The outline's table (Chatlayer calls its counterpart the bot dialogs view): one row per block of a
// flow with what a designer scans for: type, name, first text, references in and out, problems and
// test coverage. Pure, so sorting and filtering are tested without a DOM.
import { blockReferences, type Block, type BlockType, type Project } from '../../engine/model';
import type { Diagnostic } from '../../engine/validate';
import { blockUi } from '../blocks/block-ui';

export type Coverage = 'covered' | 'missed' | 'unknown';

export interface OutlineRow {
  id: string;
  flowId: string;
  type: BlockType;
  typeLabel: string;
  /** The block's name, or its id when it has none. */
  title: string;
  firstText: string;
  /** References to this block from blocks of any flow. */
  incoming: number;
  /** References this block holds (exits, buttons, rules, $block values). */
  outgoing: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The first problem's message, for the row's label and tooltip. */
  problem?: string;
  /** From the last test run; 'unknown' when no run exists (or the block is newer than it). */
  coverage: Coverage;
}

export interface OutlineCoverage {
  visited: readonly string[];
  missed: readonly string[];
}

const incomingCache = new WeakMap<Project, Map<string, number>>();
/** Per block object (an edit makes a new one): the targets of its references and its first text line. */
const factsCache = new WeakMap<Block, { targets: string[]; firstText: string }>();

function blockFacts(block: Block) {
  let facts = factsCache.get(block);
  if (!facts) {
    facts = {
      targets: blockReferences(block).map((r) => r.target),
      firstText: blockUi(block.type).summary(block as never)[0] ?? '',
    };
    factsCache.set(block, facts);
  }
  return facts;
}

/** How many references point at each block id, across the project's blocks. */
export function incomingCounts(project: Project): ReadonlyMap<string, number> {
  let counts = incomingCache.get(project);
  if (!counts) {
    counts = new Map();
    for (const flow of project.flows)
      for (const block of flow.blocks)
        for (const target of blockFacts(block).targets) counts.set(target, (counts.get(target) ?? 0) + 1);
    incomingCache.set(project, counts);
  }
  return counts;
}

export function outlineRows(
  project: Project,
  flowId: string,
  diagnostics: readonly Diagnostic[],
  coverage: OutlineCoverage | null,
): OutlineRow[] {
  const flow = project.flows.find((f) => f.id === flowId);
  if (!flow) return [];
  const incoming = incomingCounts(project);
  const problems = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const id = d.location.blockId;
    if (id === undefined) continue;
    const list = problems.get(id);
    if (list) list.push(d);
    else problems.set(id, [d]);
  }
  const visited = new Set(coverage?.visited);
  const missed = new Set(coverage?.missed);
  return flow.blocks.map((block) => {
    const found = problems.get(block.id) ?? [];
    const facts = blockFacts(block);
    const worst =
      found.find((d) => d.severity === 'error') ?? found.find((d) => d.severity === 'warning') ?? found[0];
    return {
      id: block.id,
      flowId,
      type: block.type,
      typeLabel: blockUi(block.type).label,
      title: block.name || block.id,
      firstText: facts.firstText,
      incoming: incoming.get(block.id) ?? 0,
      outgoing: facts.targets.length,
      errors: found.filter((d) => d.severity === 'error').length,
      warnings: found.filter((d) => d.severity === 'warning').length,
      infos: found.filter((d) => d.severity === 'info').length,
      ...(worst ? { problem: worst.message } : {}),
      coverage: visited.has(block.id) ? 'covered' : missed.has(block.id) ? 'missed' : 'unknown',
    };
  });
}

export interface OutlineFilter {
  /** Matched, ignoring case, against id, name, type and first text. */
  text: string;
  /** One block type, or all. */
  type: BlockType | null;
  problemsOnly: boolean;
}

export const NO_FILTER: OutlineFilter = { text: '', type: null, problemsOnly: false };

export function filterRows(rows: readonly OutlineRow[], filter: OutlineFilter): OutlineRow[] {
  const q = filter.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (filter.type === null || r.type === filter.type) &&
      (!filter.problemsOnly || r.errors + r.warnings + r.infos > 0) &&
      (!q ||
        r.id.toLowerCase().includes(q) ||
        r.title.toLowerCase().includes(q) ||
        r.typeLabel.toLowerCase().includes(q) ||
        r.firstText.toLowerCase().includes(q)),
  );
}

export type SortKey =
  'flow' | 'type' | 'title' | 'firstText' | 'incoming' | 'outgoing' | 'problems' | 'coverage';
export interface OutlineSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}
/** The flow's own block order. */
export const FLOW_ORDER: OutlineSort = { key: 'flow', direction: 'ascending' };

const COVERAGE_RANK: Record<Coverage, number> = { missed: 0, covered: 1, unknown: 2 };
const problemScore = (r: OutlineRow) => r.errors * 1_000_000 + r.warnings * 1_000 + r.infos;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const text = (a: string, b: string) => collator.compare(a, b);

/** A stable sort by one column (ties keep flow order); the flow key keeps the rows as they are. */
export function sortRows(rows: readonly OutlineRow[], sort: OutlineSort): OutlineRow[] {
  if (sort.key === 'flow') return sort.direction === 'ascending' ? [...rows] : [...rows].reverse();
  const compare: (a: OutlineRow, b: OutlineRow) => number = {
    type: (a: OutlineRow, b: OutlineRow) => text(a.typeLabel, b.typeLabel),
    title: (a: OutlineRow, b: OutlineRow) => text(a.title, b.title),
    firstText: (a: OutlineRow, b: OutlineRow) => text(a.firstText, b.firstText),
    incoming: (a: OutlineRow, b: OutlineRow) => a.incoming - b.incoming,
    outgoing: (a: OutlineRow, b: OutlineRow) => a.outgoing - b.outgoing,
    problems: (a: OutlineRow, b: OutlineRow) => problemScore(a) - problemScore(b),
    coverage: (a: OutlineRow, b: OutlineRow) => COVERAGE_RANK[a.coverage] - COVERAGE_RANK[b.coverage],
  }[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
}

/** The next sort when a column header is activated: ascending, then descending, then flow order. */
export function nextSort(current: OutlineSort, key: SortKey): OutlineSort {
  if (current.key !== key)
    return { key, direction: key === 'problems' || key === 'incoming' ? 'descending' : 'ascending' };
  const first = key === 'problems' || key === 'incoming' ? 'descending' : 'ascending';
  if (current.direction === first)
    return { key, direction: first === 'ascending' ? 'descending' : 'ascending' };
  return FLOW_ORDER;
}
