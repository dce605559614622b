// Undo and redo over the journal: which steps can be taken back or re-applied, with the labels the
// journal keeps, rebuilt from the journal's entries on open (so undo survives closing the file) and kept
// up to date by the project file. A step is the rev of the entry that opened it (an edit or a restore).
import type { EditHistoryState } from '../../api/contract';
import type { JournalEntry } from './journal';

export interface UndoStep {
  step: number;
  label: string;
}

/** Where undo and redo stand, as the host answers it to every client. */
export type HistoryState = EditHistoryState;

export class UndoStack {
  readonly undo: UndoStep[] = [];
  readonly redo: UndoStep[] = [];

  static fromJournal(entries: readonly JournalEntry[]): UndoStack {
    const stack = new UndoStack();
    for (const e of entries) stack.record(e);
    return stack;
  }

  /** Follows one journal entry: a new step goes on the undo stack, undo and redo move steps across. */
  record(entry: Pick<JournalEntry, 'rev' | 'kind' | 'step' | 'target' | 'label'>): void {
    if (entry.kind === 'undo') move(this.undo, this.redo, entry.target);
    else if (entry.kind === 'redo') move(this.redo, this.undo, entry.target);
    else if (entry.step === entry.rev) {
      this.undo.push({ step: entry.step, label: entry.label });
      this.redo.length = 0;
    }
  }

  get canUndo(): boolean {
    return this.undo.length > 0;
  }

  get canRedo(): boolean {
    return this.redo.length > 0;
  }

  get state(): HistoryState {
    return {
      canUndo: this.canUndo,
      canRedo: this.canRedo,
      undoLabel: this.undo.at(-1)?.label ?? null,
      redoLabel: this.redo.at(-1)?.label ?? null,
    };
  }
}

function move(from: UndoStep[], to: UndoStep[], step: number | null): void {
  // A step whose entries were compacted away is not on the stack; an undo of it is then ignored.
  let at = -1;
  for (let i = from.length - 1; i >= 0; i--)
    if (from[i]!.step === step) {
      at = i;
      break;
    }
  if (at < 0) return;
  to.push(from.splice(at, 1)[0]!);
}
