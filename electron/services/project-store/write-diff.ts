// Writes the rows a diff changed, and only those: a block edit is one UPDATE of one row.
// Block order is a fractional sort key, so inserting or moving a block rewrites only that block.
import type { Database } from 'better-sqlite3';
import type { Project } from '../../../engine/model';
import type { ProjectDiff } from '../../../engine/edit';
import { LIST_TABLES, type ListTable, type SortKeys } from './project-rows';
import { placeBlocks } from './block-order';
import { statement } from './statements';

/** Figures of one write, for tests and benchmarks. */
export interface WriteStats {
  blockRows: number;
  otherRows: number;
}

export function writeDiff(
  db: Database,
  before: Project,
  after: Project,
  diff: ProjectDiff,
  sortKeys: SortKeys,
): WriteStats {
  const stats: WriteStats = { blockRows: 0, otherRows: 0 };
  const settings = new Set<string>();
  const lists = new Set<ListTable>();
  let flows = false;
  /** Final flow of each touched block id; an id that ends up absent was removed. */
  const touched = new Map<string, string | undefined>();
  for (const op of diff.ops) {
    if (op.kind === 'settings') settings.add(op.key);
    else if (op.kind === 'flows') flows = true;
    else if (op.kind === 'blocks') {
      if (op.before) touched.set(op.before.block.id, undefined);
      if (op.after) touched.set(op.after.block.id, op.after.flow);
    } else lists.add(op.kind);
  }

  for (const key of settings) {
    const value = (after as Record<string, unknown>)[key];
    if (value === undefined) statement(db, 'DELETE FROM settings WHERE key = ?').run(key);
    else
      statement(db, 'INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(
        key,
        JSON.stringify(value),
      );
    stats.otherRows++;
  }

  if (flows) stats.otherRows += writeFlows(db, before, after);

  if (touched.size > 0) {
    const remove = statement(db, 'DELETE FROM blocks WHERE id = ?');
    for (const [id, flow] of touched)
      if (flow === undefined) {
        remove.run(id);
        sortKeys.delete(id);
        stats.blockRows++;
      }
    const upsert = statement(
      db,
      'INSERT INTO blocks (id, flow, sort, json) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET flow = excluded.flow, sort = excluded.sort, json = excluded.json',
    );
    const changedFlows = new Set([...touched.values()].filter((f): f is string => f !== undefined));
    for (const flow of after.flows) {
      if (!changedFlows.has(flow.id)) continue;
      for (const { block, sort } of placeBlocks(flow.blocks, touched, sortKeys)) {
        upsert.run(block.id, flow.id, sort, JSON.stringify(block));
        sortKeys.set(block.id, sort);
        stats.blockRows++;
      }
    }
  }

  for (const table of LIST_TABLES)
    if (lists.has(table)) stats.otherRows += writeList(db, table, before[table], after[table]);
  return stats;
}

function writeFlows(db: Database, before: Project, after: Project): number {
  const old = new Map(before.flows.map((f, i) => [f.id, { i, name: f.name }]));
  const kept = new Set(after.flows.map((f) => f.id));
  let rows = 0;
  for (const f of before.flows)
    if (!kept.has(f.id)) {
      statement(db, 'DELETE FROM flows WHERE id = ?').run(f.id);
      rows++;
    }
  after.flows.forEach((f, i) => {
    const was = old.get(f.id);
    if (was && was.i === i && was.name === f.name) return;
    statement(
      db,
      'INSERT INTO flows (id, idx, name) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET idx = excluded.idx, name = excluded.name',
    ).run(f.id, i, f.name);
    rows++;
  });
  return rows;
}

/** Lists are small: rows are by position, and a position is written when its item is a new object. */
function writeList(
  db: Database,
  table: ListTable,
  before: readonly unknown[],
  after: readonly unknown[],
): number {
  let rows = 0;
  const put = statement(db, `INSERT OR REPLACE INTO ${table} (idx, json) VALUES (?, ?)`);
  after.forEach((item, i) => {
    if (before[i] === item) return;
    put.run(i, JSON.stringify(item));
    rows++;
  });
  if (before.length > after.length) {
    statement(db, `DELETE FROM ${table} WHERE idx >= ?`).run(after.length);
    rows += before.length - after.length;
  }
  return rows;
}
