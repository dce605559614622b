// Undo/redo over diffs, in memory: one recorded diff is one step with its label. The renderer's memory
// backend (a project not saved yet, unit tests, benchmarks) keeps its history here; a project file keeps
// its history in its journal (electron/services/project-store). Loading calls `clear()`.
import type { Project } from '../model';
import type { EditError } from './edit-error';
import { applyDiff, invertDiff, isEmptyDiff, type ProjectDiff } from './project-diff';

export const DEFAULT_HISTORY_LIMIT = 500;

interface Step {
  label: string;
  diff: ProjectDiff;
}

export type HistoryMove =
  | { ok: true; project: Project; diff: ProjectDiff; label: string }
  | { ok: false; error: EditError; label: string };

export class EditHistory {
  readonly limit: number;
  #undo: Step[] = [];
  #redo: Step[] = [];

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

  /** Records a user edit's diff as one step. Empty diffs are ignored. */
  record(diff: ProjectDiff, label: string): void {
    if (isEmptyDiff(diff)) return;
    this.#redo = [];
    this.#undo.push({ label, diff });
    if (this.#undo.length > this.limit) this.#undo.splice(0, this.#undo.length - this.limit);
  }

  /** Applies the inverse of the last step to `project`. Returns undefined when there is nothing to undo. */
  undo(project: Project): HistoryMove | undefined {
    return this.#move(project, this.#undo, this.#redo, (step) => invertDiff(step.diff));
  }

  /** Re-applies the last undone step. Returns undefined when there is nothing to redo. */
  redo(project: Project): HistoryMove | undefined {
    return this.#move(project, this.#redo, this.#undo, (step) => step.diff);
  }

  /** Forgets every step (a project was loaded, migrated or replaced). */
  clear(): void {
    this.#undo = [];
    this.#redo = [];
  }

  #move(
    project: Project,
    from: Step[],
    to: Step[],
    diffOf: (step: Step) => ProjectDiff,
  ): HistoryMove | undefined {
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
