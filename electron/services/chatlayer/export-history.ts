// Every export for Chatlayer is kept beside its project, in `<project file>.chatlayer-exports/`, one
// file per export named by its UTC time (`2026-11-24T21-03-05.123Z.json`): importing into Chatlayer
// overwrites the bot's DRAFT with no way back, so the file that went in last must stay at hand.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openProject } from '../project-store';

export const HISTORY_SUFFIX = '.chatlayer-exports';
/** The checkpoint a `.botloom` project gets at each export, in its revision history. */
export const EXPORT_CHECKPOINT = 'Exported to Chatlayer';

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z(?:-(\d+))?\.json$/;

export interface KeptExport {
  file: string;
  at: Date;
  /** Tie-breaker for exports within the same millisecond. */
  sequence: number;
}

export const historyFolder = (projectFile: string): string => `${projectFile}${HISTORY_SUFFIX}`;

function parseName(folder: string, name: string): KeptExport | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const at = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(at.getTime())
    ? undefined
    : { file: path.join(folder, name), at, sequence: Number(m[6] ?? 0) };
}

/** The kept exports, oldest first; files of other names in the folder are left alone. */
export function listKeptExports(folder: string): KeptExport[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => parseName(folder, name))
    .filter((k): k is KeptExport => k !== undefined)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.sequence - b.sequence);
}

export function latestKeptExport(folder: string): (KeptExport & { text: string }) | undefined {
  const last = listKeptExports(folder).at(-1);
  return last && { ...last, text: readFileSync(last.file, 'utf8') };
}

/** Writes `text` as a new kept export and returns its path. */
export function keepExport(folder: string, text: string, now: Date): string {
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/:/g, '-');
  for (let n = 0; ; n++) {
    const file = path.join(folder, `${stamp}${n ? `-${n}` : ''}.json`);
    if (!existsSync(file)) {
      // Written whole under a temporary name, then renamed: a crash never leaves half an export.
      const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.tmp`);
      writeFileSync(temp, text);
      renameSync(temp, file);
      return file;
    }
  }
}

/** Marks the current revision of a `.botloom` project as exported; returns why it could not, if so. */
export function checkpointExport(projectFile: string): string | undefined {
  const opened = openProject(projectFile, { autoCheckpointMs: 0, heartbeatMs: 0, walCheckpointMs: 0 });
  if (!opened.ok) return opened.error.message;
  try {
    opened.value.checkpoint(EXPORT_CHECKPOINT);
    return undefined;
  } finally {
    opened.value.close();
  }
}
