// The editor store's port to where the project and its one edit history are kept: the host's project file
// (its journal) in the app, an in-memory journal for a project not saved yet, unit tests and benchmarks.
// Every answer says where the document now is (revision, diff) and where undo/redo stand (labels included):
// the editor store shows that and keeps no history of its own. One user gesture is one `applyCommands` call.
import { applyCommands, EditHistory, type Command, type ProjectDiff } from '../../../engine/edit';
import { ownerTranslations, type Project } from '../../../engine/model';
import type { EditHistoryState } from '../../../electron/api/contract';

/** Where undo/redo stand in the backend's history, with its labels (as the host answers it). */
export type HistoryState = EditHistoryState;

export const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** The document as the backend holds it, at its revision. */
export interface BackendDocument {
  revision: number;
  project: Project;
  history: HistoryState;
}

/** A backend's answer to a change: the new revision, the diff from the previous one (null: nothing happened). */
export interface BackendChange {
  revision: number;
  diff: ProjectDiff | null;
  history: HistoryState;
}

export interface EditorBackend {
  /** Applies the commands of one gesture, in order, as one history step labelled `label`; refuses them when
   * the backend is no longer at `baseRevision` (the project changed elsewhere). */
  applyCommands(commands: Command[], label: string, baseRevision: number): Promise<BackendChange>;
  /** Takes back the last step of the backend's history. */
  undo(): Promise<BackendChange>;
  redo(): Promise<BackendChange>;
  /** Brings back a saved revision as one new undoable step. */
  restore(revision: number): Promise<BackendChange>;
  /** The document as the backend holds it, to start from or to resynchronise after a refused edit. */
  load(): Promise<BackendDocument>;
  /**
   * The translations of the document at `revision`, one entry per text owner (engine/model's `ownerTranslations`):
   * what makes a document opened without them whole again (docs/architecture.md#opening-a-project).
   */
  translations(): Promise<{ revision: number; owners: unknown[] }>;
}

export interface BackendCall {
  method: string;
  commands?: Command[];
  label?: string;
  baseRevision?: number;
}

/**
 * A backend that keeps the project and its history in memory (engine/edit's EditHistory as the journal);
 * for tests, benchmarks and a project not saved yet. `calls` lists what it was asked, in order.
 */
export function memoryBackend(initial: Project): EditorBackend & { calls: BackendCall[] } {
  const calls: BackendCall[] = [];
  const history = new EditHistory();
  let project = initial;
  let revision = 0;
  const state = (): HistoryState => ({
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    undoLabel: history.undoLabel ?? null,
    redoLabel: history.redoLabel ?? null,
  });
  const move = async (method: 'undo' | 'redo'): Promise<BackendChange> => {
    calls.push({ method });
    const moved = method === 'undo' ? history.undo(project) : history.redo(project);
    if (!moved) return { revision, diff: null, history: state() };
    if (!moved.ok) throw new Error(`Cannot ${method}: ${moved.error.message}`);
    project = moved.project;
    return { revision: ++revision, diff: moved.diff, history: state() };
  };
  return {
    calls,
    async applyCommands(commands, label, baseRevision) {
      calls.push({ method: 'applyCommands', commands, label, baseRevision });
      if (baseRevision !== revision)
        throw new Error(`The edit was made on revision ${baseRevision} but the project is at ${revision}.`);
      const result = applyCommands(project, commands);
      if (!result.ok) throw new Error(`Command ${result.index + 1} was refused: ${result.error.message}`);
      if (result.diff.ops.length === 0) return { revision, diff: result.diff, history: state() };
      project = result.project;
      history.record(result.diff, label);
      return { revision: ++revision, diff: result.diff, history: state() };
    },
    undo: () => move('undo'),
    redo: () => move('redo'),
    async restore(revision) {
      calls.push({ method: 'restore' });
      throw new Error(
        `Revision ${revision} cannot be restored: this project is not saved, so it has no revisions.`,
      );
    },
    async load() {
      calls.push({ method: 'load' });
      return { revision, project, history: state() };
    },
    async translations() {
      calls.push({ method: 'translations' });
      return { revision, owners: ownerTranslations(project) };
    },
  };
}
