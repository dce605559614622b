import { describe, expect, it } from 'vitest';
import { applyCommand, applyDiff, invertDiff, parseCommand, type Command } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { message, pizzaProject } from './fixtures';

function apply(project: Project, command: Command) {
  const result = applyCommand(project, command);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

describe('applyCommand', () => {
  it('keeps the identity of untouched flows and blocks', () => {
    const before = pizzaProject();
    const { project } = apply(before, {
      type: 'updateBlock',
      id: 'ask_email',
      patch: { invalidMessage: 'Again?' },
    });
    expect(project.flows[1]).toBe(before.flows[1]);
    expect(project.flows[0]!.blocks[0]).toBe(before.flows[0]!.blocks[0]);
    expect(project.flows[0]!.blocks[4]).not.toBe(before.flows[0]!.blocks[4]);
    expect(project.tests).toBe(before.tests);
  });

  it('leaves the input project unchanged', () => {
    const before = pizzaProject();
    const copy = structuredClone(before);
    apply(before, { type: 'deleteBlocks', ids: ['route', 'done'] });
    apply(before, { type: 'renameBlock', from: 'welcome', to: 'hello' });
    expect(before).toEqual(copy);
  });

  it('returns an error value and no diff for an unknown block', () => {
    const result = applyCommand(pizzaProject(), { type: 'updateBlock', id: 'nope', patch: {} });
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-block', message: expect.stringContaining('nope'), path: ['id'] },
    });
  });

  it('produces a diff whose inverse restores the project', () => {
    const before = pizzaProject();
    const { project, diff } = apply(before, { type: 'addBlock', flow: 'main', block: message('extra') });
    const undone = applyDiff(project, invertDiff(diff));
    expect(undone).toEqual({ ok: true, project: before });
  });

  it('returns an error value for a command type it does not know', () => {
    const result = applyCommand(pizzaProject(), { type: 'explode' } as unknown as Command);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-command');
  });
});

describe('parseCommand', () => {
  it('accepts a command from outside and applies defaults', () => {
    const parsed = parseCommand({ type: 'addBlock', flow: 'main', block: { id: 'g', type: 'goto' } });
    expect(parsed).toEqual({
      ok: true,
      command: { type: 'addBlock', flow: 'main', block: { id: 'g', type: 'goto', rules: [] } },
    });
  });

  it('returns an error value naming the bad path', () => {
    expect(parseCommand({ type: 'renameBlock', from: 'a', to: 'bad id!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-command', path: ['to'] },
    });
    expect(parseCommand({ type: 'explode' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-command', path: ['type'] },
    });
  });
});
