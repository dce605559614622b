import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applyDiff,
  diffProjects,
  invertDiff,
  ProjectDiff,
  summarizeDiff,
  type Command,
} from '../../../engine/edit';
import { apply, message, pizzaProject } from './fixtures';

describe('ProjectDiff', () => {
  it('is plain JSON that the schema reads back', () => {
    const { diff } = apply(pizzaProject(), { type: 'renameBlock', from: 'welcome', to: 'hello' });
    const text = JSON.stringify(diff);
    expect(ProjectDiff.parse(JSON.parse(text))).toStrictEqual(diff);
  });

  it('refuses, without half-applying, a diff whose records no longer match', () => {
    const start = pizzaProject();
    const { diff } = apply(start, { type: 'deleteBlocks', ids: ['welcome', 'done'] });
    const changed = apply(start, { type: 'updateBlock', id: 'done', patch: { code: 'other()' } }).project;
    const result = applyDiff(changed, diff);
    expect(result).toMatchObject({ ok: false, error: { code: 'diff-conflict', path: ['blocks', 'done'] } });
  });

  it('inverts a rename to a rename back', () => {
    const { diff } = apply(pizzaProject(), { type: 'renameBlock', from: 'welcome', to: 'hello' });
    const inverse = invertDiff(diff);
    expect(inverse.ops.find((o) => o.kind === 'blocks' && o.before?.block.id === 'hello')).toMatchObject({
      op: 'put',
      key: 'welcome',
    });
  });
});

describe('summarizeDiff', () => {
  it('lists blocks added, removed, changed and renamed, folding ops on the same record', () => {
    let project = pizzaProject();
    const start = project;
    const commands: Command[] = [
      { type: 'addBlock', flow: 'main', block: message('extra') },
      { type: 'updateBlock', id: 'extra', patch: { notes: 'x' } },
      { type: 'deleteBlocks', ids: ['done'] },
      { type: 'renameBlock', from: 'welcome', to: 'hello' },
      { type: 'setVariable', variable: { name: 'user.iban' } },
      { type: 'updateSettings', patch: { name: 'Renamed' } },
    ];
    for (const command of commands) {
      const r = applyCommand(project, command);
      if (!r.ok) throw new Error(r.error.message);
      project = r.project;
    }
    const summary = summarizeDiff(diffProjects(start, project));
    expect(summary).toMatchObject({
      blocksAdded: expect.arrayContaining(['extra']),
      blocksRemoved: expect.arrayContaining(['done']),
      variablesAdded: ['user.iban'],
      settingsChanged: expect.arrayContaining(['name', 'startBlock']),
      empty: false,
    });
    expect(summary.blocksChanged).toContain('check_stock');
  });

  it('reports a rename made by one command as a rename', () => {
    const { diff } = apply(pizzaProject(), { type: 'renameBlock', from: 'welcome', to: 'hello' });
    const summary = summarizeDiff(diff);
    expect(summary.blocksRenamed).toEqual([{ from: 'welcome', to: 'hello' }]);
    expect(summary.blocksAdded).toEqual([]);
    expect(summary.blocksChanged).toEqual(expect.arrayContaining(['done', 'check_stock']));
  });

  it('says empty for a diff that adds and removes the same block', () => {
    const start = pizzaProject();
    const added = apply(start, { type: 'addBlock', flow: 'main', block: message('tmp') });
    const removed = apply(added.project, { type: 'deleteBlocks', ids: ['tmp'] });
    expect(summarizeDiff({ ops: [...added.diff.ops, ...removed.diff.ops] }).empty).toBe(true);
  });
});
