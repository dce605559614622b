// Format migrations: one step per version, keyed by the version it converts from (N → N+1), each in
// migrations/<n>-<what>.ts. botloom/1 is the first format, so the registry is empty for now. An older shape
// inside botloom/1 is upgraded by parse-project.ts when the schema refuses it (translation-entries.ts).

/** A document as read from JSON, before the schema check. */
export type RawDocument = Record<string, unknown>;

export interface Migration {
  /** The version this step reads; it returns a document of version `from + 1`. */
  from: number;
  /** What the step changes, shown in the load warning. */
  describe: string;
  migrate(document: RawDocument): RawDocument;
}

export type MigrationRegistry = ReadonlyMap<number, Migration>;

export function migrationRegistry(migrations: readonly Migration[]): MigrationRegistry {
  const map = new Map<number, Migration>();
  for (const m of migrations) {
    if (map.has(m.from)) throw new Error(`two migrations convert from botloom/${m.from}`);
    map.set(m.from, m);
  }
  return map;
}

/** The migrations of this Botloom. */
export const MIGRATIONS: MigrationRegistry = migrationRegistry([]);

export type MigrationOutcome =
  { ok: true; document: RawDocument; applied: Migration[] } | { ok: false; missingFrom: number };

/** Runs the steps from `from` up to `to`, setting `format` after each; stops at the first gap. */
export function migrateDocument(
  document: RawDocument,
  from: number,
  to: number,
  registry: MigrationRegistry = MIGRATIONS,
): MigrationOutcome {
  let doc = document;
  const applied: Migration[] = [];
  for (let v = from; v < to; v++) {
    const step = registry.get(v);
    if (!step) return { ok: false, missingFrom: v };
    doc = { ...step.migrate(doc), format: `botloom/${v + 1}` };
    applied.push(step);
  }
  return { ok: true, document: doc, applied };
}
