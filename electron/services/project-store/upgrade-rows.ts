// Block rows written with an older translation entry shape (docs/file-format.md#languages) are converted every time
// the file is read. A read-write open writes the converted blocks back once, so later opens read them as they are.
// This is storage only: the document is the same before and after (no journal entry, no revision), and history
// written in the older shape is converted as it is read (history-check.ts). A failed write changes nothing: the
// rows are converted again at the next open.
import type { Database } from 'better-sqlite3';
import type { Block, Project } from '../../../engine/model';
import type { RawDocument } from '../../../engine/format/migrations';
import { upgradeTranslationEntries } from '../../../engine/format/migrations/translation-entries';

/** The ids of the raw blocks (as read from their rows) that hold an older translation entry. */
export function blocksToUpgrade(raw: { flows?: unknown }): Set<string> {
  const ids = new Set<string>();
  for (const flow of Array.isArray(raw.flows) ? (raw.flows as { blocks?: unknown }[]) : [])
    for (const block of Array.isArray(flow.blocks) ? (flow.blocks as RawDocument[]) : [])
      if (upgradeTranslationEntries(block) !== undefined && typeof block.id === 'string') ids.add(block.id);
  return ids;
}

/** Writes the checked blocks of `ids` back to their rows in one transaction; a failed write is left for the next open. */
export function writeUpgradedBlocks(db: Database, project: Project, ids: ReadonlySet<string>): void {
  const blocks: Block[] = project.flows.flatMap((f) => f.blocks.filter((b) => ids.has(b.id)));
  const update = db.prepare('UPDATE blocks SET json = ? WHERE id = ?');
  try {
    db.transaction(() => {
      for (const block of blocks) update.run(JSON.stringify(block), block.id);
    }).immediate();
  } catch {
    // Rolled back: the rows are as they were, and are converted again when next read.
  }
}
