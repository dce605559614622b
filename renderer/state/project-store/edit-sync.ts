// Edit sync: the editor store's side of the one edit history. An edit is applied locally at once (the
// caller shows it) and queued to the backend with the revision it was based on; the backend's answers
// (revision, diff, undo/redo state with its labels) are the truth. Undo, redo and restore go through the
// backend, after the queued edits, and the backend's diff is applied to the document here.
//
// `confirmed` is the backend's document at its last answer; `pending` are the edits shown but not answered
// yet, in order, each with the document it produced. While edits are pending, the undo/redo state shown is
// the optimistic one (undo takes back the last pending edit, nothing to redo); once the queue is drained it
// is the backend's. A backend refusal or a revision the answers do not explain drops the pending edits and
// reloads the backend's document.
import { applyCommands, applyDiff, isEmptyDiff, type Command } from '../../../engine/edit';
import { restoreTranslations, type Project } from '../../../engine/model';
import type { BackendChange, BackendDocument, EditorBackend, HistoryState } from './backend';

interface PendingEdit {
  commands: Command[];
  label: string;
  /** The document after this edit, on top of the confirmed one and the edits before it. */
  after: Project;
  /** Dropped before it was sent (a reload, or it no longer applied): its queued call does nothing. */
  dropped?: boolean;
}

/** What edit sync asks of the store. */
export interface EditSyncView {
  /** Shows a document the backend's answer produced (not a local edit). */
  showProject(project: Project): void;
  showHistory(history: HistoryState): void;
  showError(message: string): void;
}

export interface EditSync {
  /** Queues an edit already applied locally (`after` is the document it produced). */
  edit(commands: Command[], label: string, after: Project): void;
  /** Undo or redo through the backend; resolves true when a step moved (and the document shows it). */
  move(kind: 'undo' | 'redo'): Promise<boolean>;
  /** Restores a saved revision through the backend; rejects, leaving the document, when it refuses. */
  restore(revision: number): Promise<void>;
  /**
   * Runs a backend call that changes the document by itself (a reload of a file changed on disk) after
   * the queued edits, and shows its answer; rejects, leaving the document, when it refuses.
   */
  adoptChange(call: () => Promise<BackendChange>): Promise<void>;
  /**
   * After the queued calls, makes the document shown whole again (an open that painted it without its translations
   * first): puts the backend's translations back into it while it is still the document opened, at the same
   * revision, else shows the backend's whole document; rejects, leaving the document, when that fails.
   */
  loadWhole(): Promise<void>;
  /** Runs a backend call after every queued edit; its failure is the caller's. */
  afterEdits<T>(call: () => Promise<T>): Promise<T>;
  /** The undo/redo state to show now (optimistic while edits are pending). */
  history(): HistoryState;
  /** Resolves when every queued call has finished. */
  whenSynced(): Promise<void>;
}

export function createEditSync(backend: EditorBackend, start: BackendDocument, view: EditSyncView): EditSync {
  let confirmed = { ...start };
  let pending: PendingEdit[] = [];
  let queue: Promise<void> = Promise.resolve();
  /** Drops pending edits from `index` on: they are no longer shown and their queued calls do nothing. */
  const drop = (index: number) => {
    for (const edit of pending.slice(index)) edit.dropped = true;
    pending = pending.slice(0, index);
  };

  const history = (): HistoryState => {
    const last = pending.at(-1);
    return last
      ? { canUndo: true, canRedo: false, undoLabel: last.label, redoLabel: null }
      : confirmed.history;
  };

  const enqueue = (call: () => Promise<void>) => {
    queue = queue.then(call).catch((error: unknown) => reload(`The edit was not saved: ${messageOf(error)}`));
  };

  /** Drops the pending edits and shows the backend's document: the backend is the truth. */
  async function reload(why: string): Promise<void> {
    drop(0);
    try {
      confirmed = { ...(await backend.load()) };
      view.showProject(confirmed.project);
      view.showHistory(confirmed.history);
      view.showError(`${why} The project was reloaded.`);
    } catch (error) {
      view.showError(`${why} The project could not be reloaded: ${messageOf(error)}`);
    }
  }

  /** Takes an answer that is not one of our edits (undo, redo, restore) and replays the pending edits on it. */
  async function adopt(answer: BackendChange): Promise<boolean> {
    const expected = confirmed.revision + (answer.diff ? 1 : 0);
    if (answer.revision !== expected) {
      await reload(`The project changed elsewhere (revision ${answer.revision}, expected ${expected}).`);
      return false;
    }
    if (!answer.diff) {
      confirmed.history = answer.history;
      view.showHistory(history());
      return false;
    }
    const applied = applyDiff(confirmed.project, answer.diff);
    if (!applied.ok) {
      await reload(`The backend's change does not fit the document: ${applied.error.message}.`);
      return false;
    }
    confirmed = { revision: answer.revision, project: applied.project, history: answer.history };
    let shown = confirmed.project;
    for (const [i, edit] of pending.entries()) {
      const replayed = applyCommands(shown, edit.commands);
      if (!replayed.ok) {
        // The backend would refuse it too: drop it and the edits after it (their calls are skipped).
        drop(i);
        view.showError(`“${edit.label}” no longer applied after the undo or restore and was dropped.`);
        break;
      }
      edit.after = replayed.project;
      shown = replayed.project;
    }
    view.showProject(shown);
    view.showHistory(history());
    return true;
  }

  const afterEdits = <T>(call: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue = queue.then(() => Promise.resolve().then(call).then(resolve, reject));
    });

  return {
    history,
    edit(commands, label, after) {
      const edit: PendingEdit = { commands, label, after };
      pending.push(edit);
      enqueue(async () => {
        if (edit.dropped) return;
        const answer = await backend.applyCommands(edit.commands, edit.label, confirmed.revision);
        // An edit that changes nothing keeps the revision: one the undo before it made moot (a disconnect of
        // the connection the undo took away) is replayed on the undone document as a step with no effect.
        const moot = answer.revision === confirmed.revision && (!answer.diff || isEmptyDiff(answer.diff));
        if (!moot && answer.revision !== confirmed.revision + 1)
          throw new Error(`the backend answered revision ${answer.revision}, not ${confirmed.revision + 1}.`);
        const before = history();
        pending.splice(pending.indexOf(edit), 1);
        confirmed = { revision: answer.revision, project: edit.after, history: answer.history };
        const now = history();
        if (!sameHistory(before, now)) view.showHistory(now);
      });
    },
    move: (kind) =>
      afterEdits(async () => {
        let answer: BackendChange;
        try {
          answer = await (kind === 'undo' ? backend.undo() : backend.redo());
        } catch (error) {
          view.showError(`${kind === 'undo' ? 'Undo' : 'Redo'} failed: ${messageOf(error)}`);
          return false;
        }
        return adopt(answer);
      }),
    restore: (revision) =>
      afterEdits(async () => {
        await adopt(await backend.restore(revision));
      }),
    adoptChange: (call) =>
      afterEdits(async () => {
        await adopt(await call());
      }),
    loadWhole: () =>
      afterEdits(async () => {
        // Edits wait for the whole document (the store refuses them until then), so none is pending; should one
        // be, it was made from the partial copy and is not replayed.
        drop(0);
        // Still the document opened, it is the backend's less its translations: they go back into its objects, so
        // the canvas keeps what it built from them (a new top-level object tells the store's selectors). After an
        // undo or a file changed on disk meanwhile, the backend's whole document replaces it.
        if (confirmed.project === start.project) {
          const answer = await backend.translations();
          if (
            confirmed.project === start.project &&
            answer.revision === confirmed.revision &&
            restoreTranslations(confirmed.project, answer.owners)
          ) {
            confirmed = { ...confirmed, project: { ...confirmed.project } };
            view.showProject(confirmed.project);
            return;
          }
        }
        const whole = await backend.load();
        confirmed = { revision: whole.revision, project: whole.project, history: whole.history };
        view.showProject(confirmed.project);
        view.showHistory(history());
      }),
    afterEdits,
    async whenSynced() {
      let last: Promise<void>;
      do {
        last = queue;
        await last;
      } while (last !== queue);
    },
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const sameHistory = (a: HistoryState, b: HistoryState) =>
  a.canUndo === b.canUndo &&
  a.canRedo === b.canRedo &&
  a.undoLabel === b.undoLabel &&
  a.redoLabel === b.redoLabel;
