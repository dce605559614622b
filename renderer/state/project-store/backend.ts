// The project store's port to where the project is kept: the host (SQLite, journal, autosave) in the app,
// an in-memory copy in unit tests and benchmarks. One user gesture is one `applyCommands` call.
import type { Command, ProjectDiff } from '../../../engine/edit';
import type { Project } from '../../../engine/model';

export interface ProjectBackend {
  /** Applies the commands of one gesture, in order, as one history step labelled `label`. */
  applyCommands(commands: Command[], label: string): Promise<void>;
  /** Takes back the last step (the same step the renderer's history takes back). */
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** The project as the backend holds it, to resynchronise after a refused edit. */
  load(): Promise<Project>;
  /**
   * Brings back a saved revision as one new undoable step; answers the step's diff (null or empty when the
   * project already matched it) and its label.
   */
  restore(revision: number): Promise<RestoredStep>;
}

export interface RestoredStep {
  diff: ProjectDiff | null;
  label: string | null;
}

/** A backend that only remembers what it was told; for tests, benchmarks and a project not yet saved. */
export function memoryBackend(
  initial: Project,
): ProjectBackend & { calls: { method: string; commands?: Command[]; label?: string }[] } {
  const calls: { method: string; commands?: Command[]; label?: string }[] = [];
  return {
    calls,
    async applyCommands(commands, label) {
      calls.push({ method: 'applyCommands', commands, label });
    },
    async undo() {
      calls.push({ method: 'undo' });
    },
    async redo() {
      calls.push({ method: 'redo' });
    },
    async load() {
      calls.push({ method: 'load' });
      return initial;
    },
    async restore(revision) {
      calls.push({ method: 'restore' });
      throw new Error(
        `Revision ${revision} cannot be restored: this project is not saved, so it has no revisions.`,
      );
    },
  };
}
