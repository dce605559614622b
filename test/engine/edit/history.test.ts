import { describe, expect, it } from 'vitest';
import { applyCommand, EditHistory, type Command } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { block, pizzaProject } from './fixtures';

function edit(history: EditHistory, project: Project, command: Command, label: string): Project {
  const result = applyCommand(project, command);
  if (!result.ok) throw new Error(result.error.message);
  history.record(result.diff, label);
  return result.project;
}

const note = (text: string): Command => ({ type: 'updateBlock', id: 'welcome', patch: { notes: text } });

describe('EditHistory', () => {
  it('makes each record its own step, with its label', () => {
    const history = new EditHistory();
    let project = edit(history, pizzaProject(), note('a'), 'First note');
    project = edit(history, project, note('b'), 'Second note');
    expect(history.undoLabel).toBe('Second note');
    const move = history.undo(project)!;
    expect(move.ok && block(move.project, 'welcome').notes).toBe('a');
    expect([history.undoLabel, history.redoLabel]).toEqual(['First note', 'Second note']);
  });

  it('redoes what was undone and forgets redo after a new edit', () => {
    const history = new EditHistory();
    const start = pizzaProject();
    const project = edit(history, start, note('a'), 'Note');
    const undone = history.undo(project)!;
    expect(history.canRedo).toBe(true);
    const redone = history.redo(undone.ok ? undone.project : start)!;
    expect(redone.ok && redone.project).toStrictEqual(project);
    history.undo(project);
    edit(history, start, note('z'), 'Other');
    expect(history.canRedo).toBe(false);
  });

  it('ignores empty diffs, so a no-op keeps redo available', () => {
    const history = new EditHistory();
    const project = edit(history, pizzaProject(), note('a'), 'Note');
    const undone = history.undo(project)!;
    edit(
      history,
      undone.ok ? undone.project : project,
      { type: 'updateBlock', id: 'welcome', patch: {} },
      'Nothing',
    );
    expect(history.canRedo).toBe(true);
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const history = new EditHistory({ limit: 2 });
    let project = pizzaProject();
    for (const text of ['a', 'b', 'c']) project = edit(history, project, note(text), text);
    const labels: string[] = [];
    for (let move = history.undo(project); move?.ok; move = history.undo(move.project))
      labels.push(move.label);
    expect(labels).toEqual(['c', 'b']);
  });

  it('refuses, without moving, a step that no longer fits the project', () => {
    const history = new EditHistory();
    const project = edit(history, pizzaProject(), note('a'), 'Note');
    const elsewhere = applyCommand(project, note('changed by sync'));
    const move = history.undo(elsewhere.ok ? elsewhere.project : project)!;
    expect(move).toMatchObject({ ok: false, error: { code: 'diff-conflict' } });
    expect(history.canUndo).toBe(true);
  });

  it('clear() forgets everything (a load or a migration is not undoable)', () => {
    const history = new EditHistory();
    edit(history, pizzaProject(), note('a'), 'Note');
    history.clear();
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
    expect(history.undo(pizzaProject())).toBeUndefined();
  });
});
