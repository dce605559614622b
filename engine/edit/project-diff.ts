// The diff format shared by commands, undo and the store's journal: an ordered list of record ops,
// plain JSON, with one generic inverse. Ops apply in order, each against the state the previous left.
import { z } from 'zod';
import type { Project } from '../model';
import { DiffOp, recordKey } from './diff-op';
import type { EditError } from './edit-error';
import { ProjectDraft } from './project-draft';

export { DiffOp, BlockRecord, FlowRecord, SettingKey, SETTING_KEYS, RECORD_KINDS } from './diff-op';
export type { RecordKind, ListKind } from './diff-op';

export const ProjectDiff = z.strictObject({ ops: z.array(DiffOp) });
export type ProjectDiff = z.infer<typeof ProjectDiff>;

export const EMPTY_DIFF: ProjectDiff = Object.freeze({ ops: Object.freeze([]) as unknown as DiffOp[] });

export function isEmptyDiff(diff: ProjectDiff): boolean {
  return diff.ops.length === 0;
}

/** The diff that undoes `op`: before and after swapped. */
export function invertOp(op: DiffOp): DiffOp {
  const after = op.before;
  const before = op.after;
  const key = op.kind === 'settings' ? op.key : recordKey(op.kind, after ?? before);
  const inverse: Record<string, unknown> = { op: after === undefined ? 'remove' : 'put', kind: op.kind, key };
  if (before !== undefined) inverse.before = before;
  if (after !== undefined) inverse.after = after;
  return inverse as DiffOp;
}

/** The diff that undoes `diff`: every op inverted, in reverse order. */
export function invertDiff(diff: ProjectDiff): ProjectDiff {
  const ops: DiffOp[] = [];
  for (let i = diff.ops.length - 1; i >= 0; i--) ops.push(invertOp(diff.ops[i]!));
  return { ops };
}

/** One diff doing the work of several, in order. */
export function concatDiffs(diffs: readonly ProjectDiff[]): ProjectDiff {
  return { ops: diffs.flatMap((d) => d.ops) };
}

export type ApplyDiffResult = { ok: true; project: Project } | { ok: false; error: EditError };

/**
 * Applies a diff (a command's, an inverse for undo, a journaled one). Every op checks that the record it
 * replaces or removes is the one the diff saw; if one does not fit, nothing is applied and the error says where.
 * Untouched flows, blocks and lists keep their identity.
 */
export function applyDiff(project: Project, diff: ProjectDiff): ApplyDiffResult {
  const draft = new ProjectDraft(project);
  for (const op of diff.ops) {
    const error = draft.apply(op);
    if (error) return { ok: false, error };
  }
  return { ok: true, project: draft.project };
}
