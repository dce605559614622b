// The project ↔ rows mapping: reads the whole document from its tables, and writes a whole document
// (a new file, an import). Incremental writes of a diff live in write-diff.ts.
import type { Database } from 'better-sqlite3';
import { FORMAT, type Block, type Flow, type Project } from '../../../engine/model';
import { SETTING_KEYS } from '../../../engine/edit';
import { findRowKeyProblem } from '../../../engine/format';

export const LIST_TABLES = ['variables', 'intents', 'tests', 'mocks'] as const;
export type ListTable = (typeof LIST_TABLES)[number];

/** The sort keys of every block (their order within the flow), kept in memory by the store. */
export type SortKeys = Map<string, number>;

/** A blocks row as loadProject reads it. */
type BlockRow = [id: string, flow: string, sort: number, json: string];

/**
 * A row holding a `__proto__` key or a key twice: JSON.parse keeps the key, but the schema would drop it
 * without a word (and in JavaScript `__proto__` names the prototype). Botloom never writes such a row.
 */
export class UnsafeRowKey extends Error {
  constructor(
    /** Where in the document, e.g. `flows[0].blocks[3].messages[0]`. */
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** JSON.parse of one row at document path `at`, refusing a row with a `__proto__` or repeated key. */
function parseRow(json: string, at: string): unknown {
  const value: unknown = JSON.parse(json);
  const problem = findRowKeyProblem(json);
  if (problem) {
    const path = problem.path ? `${at}${problem.path.startsWith('[') ? '' : '.'}${problem.path}` : at;
    throw new UnsafeRowKey(
      path,
      problem.kind === 'prototype'
        ? `the key "__proto__" is not allowed (it names a JavaScript prototype, and reading it would drop it)`
        : `the key ${JSON.stringify(problem.key)} appears twice (reading it would drop the first)`,
    );
  }
  return value;
}

export interface LoadedProject {
  project: Project;
  sortKeys: SortKeys;
}

export function loadProject(db: Database): LoadedProject {
  const settings = new Map<string, unknown>();
  for (const row of db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[])
    settings.set(row.key, parseRow(row.value, row.key));
  const flows: Flow[] = (
    db.prepare('SELECT id, name FROM flows ORDER BY idx').all() as { id: string; name: string }[]
  ).map((f) => ({
    id: f.id,
    name: f.name,
    blocks: [],
  }));
  const byId = new Map(flows.map((f) => [f.id, f]));
  const sortKeys: SortKeys = new Map();
  // all(), not iterate(): SQLite reads every row in one go, then they are parsed. Stepping row by row
  // interleaves the page reads of the fresh connection with JSON.parse, which costs more the bigger the
  // rows are: about 10 ms of a 5,000-block project's open in three languages, a little in one.
  const rows = db
    .prepare('SELECT id, flow, sort, json FROM blocks ORDER BY flow, sort')
    .raw()
    .all() as BlockRow[];
  const flowIndex = new Map(flows.map((f, i) => [f.id, i]));
  for (const row of rows) {
    const flow = byId.get(row[1])!;
    const at = `flows[${flowIndex.get(row[1])}].blocks[${flow.blocks.length}]`;
    flow.blocks.push(parseRow(row[3], at) as Block);
    sortKeys.set(row[0], row[2]);
  }
  const list = (table: ListTable) =>
    (db.prepare(`SELECT json FROM ${table} ORDER BY idx`).pluck().all() as string[]).map((j, i) =>
      parseRow(j, `${table}[${i}]`),
    );
  // Every setting key written is read back (the same list as writeWholeProject), so a new setting cannot
  // be written and then lost on reopen.
  const stored: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (settings.has(key)) stored[key] = settings.get(key);
  const project = {
    format: FORMAT,
    ...stored,
    variables: list('variables'),
    intents: list('intents'),
    flows,
    tests: list('tests'),
    mocks: list('mocks'),
  } as Project;
  return { project, sortKeys };
}

/** Replaces every document row with `project` (inside the caller's transaction); returns the sort keys. */
export function writeWholeProject(db: Database, project: Project): SortKeys {
  for (const table of ['settings', 'blocks', 'flows', ...LIST_TABLES])
    db.prepare(`DELETE FROM ${table}`).run();
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (const key of SETTING_KEYS)
    if (project[key] !== undefined) setting.run(key, JSON.stringify(project[key]));
  const flow = db.prepare('INSERT INTO flows (id, idx, name) VALUES (?, ?, ?)');
  const block = db.prepare('INSERT INTO blocks (id, flow, sort, json) VALUES (?, ?, ?, ?)');
  const sortKeys: SortKeys = new Map();
  project.flows.forEach((f, i) => {
    flow.run(f.id, i, f.name);
    f.blocks.forEach((b, j) => {
      block.run(b.id, f.id, j + 1, JSON.stringify(b));
      sortKeys.set(b.id, j + 1);
    });
  });
  for (const table of LIST_TABLES) {
    const insert = db.prepare(`INSERT INTO ${table} (idx, json) VALUES (?, ?)`);
    project[table].forEach((item, i) => insert.run(i, JSON.stringify(item)));
  }
  return sortKeys;
}

export function loadSortKeys(db: Database): SortKeys {
  return new Map(db.prepare('SELECT id, sort FROM blocks').raw().all() as [string, number][]);
}
