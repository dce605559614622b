// Undo/redo over diffs. A step is one diff or a group of them: `mark(label)` opens a group that the
// following `record`s join (a paste, an auto-layout, a typing burst), so undo goes back to the mark.
// Only user edits are recorded: loading and migration call `clear()`, sync changes are applied unrecorded.
import type { Project } from '../model';
import type { EditError } from './edit-error';
import { applyDiff, concatDiffs, invertDiff, isEmptyDiff, type ProjectDiff } from './project-diff';

export const DEFAULT_HISTORY_LIMIT = 500;

interface Step {
  label: string;
  diffs: ProjectDiff[];
}

export type HistoryMove =
  | { ok: true; project: Project; diff: ProjectDiff; label: string }
  | { ok: false; error: EditError; label: string };

export class EditHistory {
  readonly limit: number;
  #undo: Step[] = [];
  #redo: Step[] = [];
  /** The group that un-labelled records join, if a mark is open. */
  #open: Step | undefined;
  #pendingLabel: string | undefined;

  constructor(options: { limit?: number } = {}) {
    this.limit = Math.max(1, options.limit ?? DEFAULT_HISTORY_LIMIT);
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Labels of the steps undo and redo would take back ("Paste", "Move 3 blocks"). */
  get undoLabel(): string | undefined {
    return this.#undo.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.#redo.at(-1)?.label;
  }

  /** Opens a group: the records that follow, until the next mark or `closeGroup`, undo as one step. */
  mark(label: string): void {
    this.#open = undefined;
    this.#pendingLabel = label;
  }

  closeGroup(): void {
    this.#open = undefined;
    this.#pendingLabel = undefined;
  }

  /**
   * Records a user edit's diff. With a label it is a step of its own; without one it joins the group
   * opened by `mark`, or, with no group open, is a step of its own. Empty diffs are ignored.
   */
  record(diff: ProjectDiff, label?: string): void {
    if (isEmptyDiff(diff)) return;
    this.#redo = [];
    if (label === undefined && this.#open) {
      this.#open.diffs.push(diff);
      return;
    }
    const step = { label: label ?? this.#pendingLabel ?? '', diffs: [diff] };
    this.#undo.push(step);
    if (this.#undo.length > this.limit) this.#undo.splice(0, this.#undo.length - this.limit);
    if (label === undefined && this.#pendingLabel !== undefined) this.#open = step;
    else this.closeGroup();
  }

  /** Applies the inverse of the last step to `project`. Returns undefined when there is nothing to undo. */
  undo(project: Project): HistoryMove | undefined {
    return this.#move(project, this.#undo, this.#redo, (step) => invertDiff(concatDiffs(step.diffs)));
  }

  /** Re-applies the last undone step. Returns undefined when there is nothing to redo. */
  redo(project: Project): HistoryMove | undefined {
    return this.#move(project, this.#redo, this.#undo, (step) => concatDiffs(step.diffs));
  }

  /** Forgets every step (a project was loaded, migrated or replaced). */
  clear(): void {
    this.#undo = [];
    this.#redo = [];
    this.closeGroup();
  }

  #move(
    project: Project,
    from: Step[],
    to: Step[],
    diffOf: (step: Step) => ProjectDiff,
  ): HistoryMove | undefined {
    this.closeGroup();
    const step = from.at(-1);
    if (!step) return undefined;
    const diff = diffOf(step);
    const result = applyDiff(project, diff);
    // A step that no longer fits (the project changed outside history) stays put; callers usually clear().
    if (!result.ok) return { ok: false, error: result.error, label: step.label };
    from.pop();
    to.push(step);
    return { ok: true, project: result.project, diff, label: step.label };
  }
}
