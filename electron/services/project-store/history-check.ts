// The history a project file carries (journal diffs, revision snapshots) is input from the file, as hostile as its
// rows: the open checks the current document, and this checks each diff or snapshot before undo, redo, a restore or
// a compaction applies it. A diff is checked record by record (the same schemas as the document), so an undo of a
// small edit stays far under a millisecond; a snapshot is checked as an opened document is. Older translation
// entries (docs/file-format.md#languages) are converted on the way, as the open converts the rows, so an undo or a
// restore across that change agrees with the document. What fails is an `invalid-history` error naming the entry and
// the first problem's path: the document is never touched.
import type { z } from 'zod';
import { ProjectDiff } from '../../../engine/edit';
import { formatJsonPath, parseProjectData } from '../../../engine/format';
import type { RawDocument } from '../../../engine/format/migrations';
import { upgradeTranslationEntries } from '../../../engine/format/migrations/translation-entries';
import { Project } from '../../../engine/model';
import { MAX_PROJECT_FILE_BYTES } from '../../../engine/node/bounded-read';
import { decodeJson } from './codec';
import { storeError, StoreFailure } from './store-error';

/** A journal entry's diff, checked; throws `invalid-history` naming `rev`. */
export function checkedDiff(bytes: Uint8Array, rev: number): ProjectDiff {
  const where = `history entry ${rev}`;
  const raw = decoded(bytes, where);
  let parsed = ProjectDiff.safeParse(raw);
  if (!parsed.success) {
    // Walks any JSON value; only a converted one comes back.
    const upgraded = upgradeTranslationEntries(raw as RawDocument);
    if (upgraded) parsed = ProjectDiff.safeParse(upgraded);
  }
  if (!parsed.success) throw invalid(where, firstIssue(parsed.error));
  parsed.data.ops.forEach((op, i) => {
    if (op.kind !== 'settings') return;
    // A setting's values are plain JSON to the diff schema; each is checked as the document's field.
    const field = Project.shape[op.key as keyof typeof Project.shape] as z.ZodType | undefined;
    if (!field) throw invalid(where, { path: `ops[${i}].key`, message: `"${op.key}" is not a setting` });
    for (const side of ['before', 'after'] as const) {
      if (op[side] === undefined) continue;
      const value = field.safeParse(op[side]);
      if (!value.success) throw invalid(where, firstIssue(value.error, ['ops', i, side]));
    }
  });
  return parsed.data;
}

/** A revision's stored snapshot, checked as an opened document; throws `invalid-history` naming `rev`. */
export function checkedSnapshot(bytes: Uint8Array, rev: number): Project {
  const where = `the snapshot of revision ${rev}`;
  const parsed = parseProjectData(decoded(bytes, where));
  if (parsed.ok) return parsed.project;
  const first = parsed.errors[0]!;
  throw invalid(where, { path: first.path, message: first.message });
}

function decoded(bytes: Uint8Array, where: string): unknown {
  try {
    return decodeJson<unknown>(bytes);
  } catch (e) {
    const why =
      (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        ? `it inflates to more than ${MAX_PROJECT_FILE_BYTES / MiB} MB, the bound of a project file`
        : (e as Error).message;
    throw new StoreFailure(
      storeError(
        'invalid-history',
        `The file's ${where} cannot be read (${why}). The document is unchanged; the history before it cannot be replayed.`,
      ),
    );
  }
}

interface Problem {
  path: string;
  message: string;
}

function firstIssue(error: z.ZodError, prefix: (string | number)[] = []): Problem {
  const issue = error.issues[0]!;
  return {
    path: formatJsonPath([...prefix, ...(issue.path as (string | number)[])]),
    message: issue.message,
  };
}

function invalid(where: string, problem: Problem): StoreFailure {
  const at = problem.path || '(root)';
  return new StoreFailure(
    storeError(
      'invalid-history',
      `The file's ${where} is not valid (at ${at}: ${problem.message}). The document is unchanged; the history before it cannot be replayed.`,
      { issues: [{ path: at, message: problem.message }] },
    ),
  );
}

const MiB = 1024 * 1024;
