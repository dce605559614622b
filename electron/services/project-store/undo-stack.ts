// Undo and redo over the journal: which steps can be taken back or re-applied, rebuilt from the
// journal's entries on open (so undo survives closing the file) and kept up to date by the store.
import type { JournalEntry } from './journal';

export class UndoStack {
  readonly undo: number[] = [];
  readonly redo: number[] = [];

  static fromJournal(entries: readonly JournalEntry[]): UndoStack {
    const stack = new UndoStack();
    for (const e of entries) stack.record(e);
    return stack;
  }

  /** Follows one journal entry: a new step goes on the undo stack, undo and redo move steps across. */
  record(entry: Pick<JournalEntry, 'rev' | 'kind' | 'step' | 'target'>): void {
    if (entry.kind === 'undo') move(this.undo, this.redo, entry.target);
    else if (entry.kind === 'redo') move(this.redo, this.undo, entry.target);
    else if (entry.step === entry.rev) {
      this.undo.push(entry.step);
      this.redo.length = 0;
    }
  }

  get canUndo(): boolean {
    return this.undo.length > 0;
  }

  get canRedo(): boolean {
    return this.redo.length > 0;
  }
}

function move(from: number[], to: number[], step: number | null): void {
  // A step whose entries were compacted away is not on the stack; an undo of it is then ignored.
  const at = step === null ? -1 : from.lastIndexOf(step);
  if (at < 0) return;
  from.splice(at, 1);
  to.push(step!);
}
