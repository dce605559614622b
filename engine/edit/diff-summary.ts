// summarizeDiff: what a diff does, record by record, in the words a revision list shows
// ("3 blocks changed, 1 added"). Ops on the same record are folded into their net effect. The zod
// schemas here are the one shape of a summary: the host stores it, the contract carries it.
import { z } from 'zod';
import type { Block } from '../model';
import { BlockChangeDetail, blockChangeDetail } from './block-changes';
import { deepEqual } from './deep-equal';
import { recordKey, type DiffOp, type RecordKind } from './diff-op';
import type { ProjectDiff } from './project-diff';

interface Change {
  kind: RecordKind;
  firstKey: string;
  before: unknown;
  after: unknown;
}

const Names = z.array(z.string());
export const DiffSummary = z.object({
  /** True when the diff has no net effect. */
  empty: z.boolean(),
  blocksAdded: Names,
  blocksRemoved: Names,
  blocksChanged: Names,
  blocksRenamed: z.array(z.object({ from: z.string(), to: z.string() })),
  flowsAdded: Names,
  flowsRemoved: Names,
  flowsChanged: Names,
  variablesAdded: Names,
  variablesRemoved: Names,
  variablesChanged: Names,
  intentsAdded: Names,
  intentsRemoved: Names,
  intentsChanged: Names,
  testsAdded: Names,
  testsRemoved: Names,
  testsChanged: Names,
  mocksAdded: Names,
  mocksRemoved: Names,
  mocksChanged: Names,
  settingsChanged: Names,
  /**
   * The blocks of the lists above with their names and, for changed ones, what changed in them. Absent
   * from summaries stored before it existed: readers fall back to the ids.
   */
  blockDetails: z.array(BlockChangeDetail).optional(),
});
export type DiffSummary = z.infer<typeof DiffSummary>;

/** A summary as a revision list shows it: the lists plus one line of text. */
export const ChangeSummary = DiffSummary.extend({
  /** "2 blocks added, 1 changed; settings changed", or "no changes". */
  text: z.string(),
});
export type ChangeSummary = z.infer<typeof ChangeSummary>;

const keyOf = (op: DiffOp, value: unknown) => (op.kind === 'settings' ? op.key : recordKey(op.kind, value));

/** Content that counts as a change: the record without its index (reordering alone is not reported). */
function content(kind: RecordKind, value: unknown): unknown {
  if (value === undefined || kind === 'settings') return value;
  const { index: _index, ...rest } = value as Record<string, unknown>;
  if (kind === 'blocks') {
    const { flow, block } = rest as { flow: string; block: Block };
    const { id: _id, ...fields } = block;
    return { flow, fields };
  }
  return rest;
}

function netChanges(diff: ProjectDiff): Change[] {
  const live = new Map<string, Change>();
  const gone = new Map<string, Change>();
  const all: Change[] = [];
  for (const op of diff.ops) {
    let change: Change | undefined;
    if (op.before !== undefined) {
      const k = `${op.kind}:${keyOf(op, op.before)}`;
      change = live.get(k);
      live.delete(k);
      if (!change) {
        change = { kind: op.kind, firstKey: keyOf(op, op.before), before: op.before, after: undefined };
        all.push(change);
      }
    } else if (op.after !== undefined) {
      const k = `${op.kind}:${keyOf(op, op.after)}`;
      change = gone.get(k);
      gone.delete(k);
      if (!change) {
        change = { kind: op.kind, firstKey: keyOf(op, op.after), before: undefined, after: undefined };
        all.push(change);
      }
    }
    if (!change) continue;
    change.after = op.after;
    if (op.after !== undefined) live.set(`${op.kind}:${keyOf(op, op.after)}`, change);
    else gone.set(`${op.kind}:${change.firstKey}`, change);
  }
  return all;
}

export function summarizeDiff(diff: ProjectDiff): DiffSummary {
  const s: DiffSummary = {
    blocksAdded: [],
    blocksRemoved: [],
    blocksChanged: [],
    blocksRenamed: [],
    flowsAdded: [],
    flowsRemoved: [],
    flowsChanged: [],
    variablesAdded: [],
    variablesRemoved: [],
    variablesChanged: [],
    intentsAdded: [],
    intentsRemoved: [],
    intentsChanged: [],
    testsAdded: [],
    testsRemoved: [],
    testsChanged: [],
    mocksAdded: [],
    mocksRemoved: [],
    mocksChanged: [],
    settingsChanged: [],
    blockDetails: [],
    empty: true,
  };
  const blockOf = (record: unknown) => (record as { block: Block } | undefined)?.block;
  for (const c of netChanges(diff)) {
    const lists = s as unknown as Record<string, string[]>;
    const finalKey =
      c.after === undefined ? c.firstKey : c.kind === 'settings' ? c.firstKey : recordKey(c.kind, c.after);
    if (c.kind === 'settings') {
      if (!deepEqual(c.before, c.after)) s.settingsChanged.push(c.firstKey);
      continue;
    }
    if (c.before === undefined && c.after === undefined) continue;
    if (c.before === undefined) lists[`${c.kind}Added`]!.push(finalKey);
    else if (c.after === undefined) lists[`${c.kind}Removed`]!.push(c.firstKey);
    else {
      if (c.kind === 'blocks' && finalKey !== c.firstKey)
        s.blocksRenamed.push({ from: c.firstKey, to: finalKey });
      if (!deepEqual(content(c.kind, c.before), content(c.kind, c.after)))
        lists[`${c.kind}Changed`]!.push(finalKey);
      else if (c.kind === 'blocks' && finalKey === c.firstKey) continue;
    }
    if (c.kind === 'blocks') s.blockDetails!.push(blockChangeDetail(blockOf(c.before), blockOf(c.after)));
  }
  s.empty = Object.entries(s).every(([k, v]) => k === 'empty' || (v as unknown[]).length === 0);
  return s;
}
