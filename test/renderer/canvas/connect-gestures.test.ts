// Ending a connection drag: on a handle React Flow connects; on a block's body the exit connects to that
// block; on empty canvas the menu of new blocks opens; an edge's input end moves to another block. Each
// outcome is commands the engine applies as one step.
import { describe, expect, it } from 'vitest';
import { applyCommands } from '../../../engine/edit';
import { dropAction, reconnectCommands } from '../../../renderer/canvas/connect-gestures';
import { goto, message, project, rule, cmp } from '../../builders';

const fromExit = (nodeId: string, handleId: string | null = 'next') => ({
  nodeId,
  handleId,
  type: 'source' as const,
});

describe('dropping a connection', () => {
  it('connects the exit to the block whose body it was dropped on', () => {
    expect(dropAction(false, fromExit('a'), 'b')).toEqual({
      kind: 'connect',
      command: { type: 'connect', block: 'a', slot: 'next', target: 'b' },
    });
    const rules = dropAction(null, fromExit('g', 'rules.0.goTo'), 'b');
    expect(rules).toEqual({
      kind: 'connect',
      command: { type: 'connect', block: 'g', slot: ['rules', 0, 'goTo'], target: 'b' },
    });
  });

  it('offers new blocks when dropped on empty canvas, from the dragged exit', () => {
    expect(dropAction(false, fromExit('g', 'else'), undefined)).toEqual({
      kind: 'menu',
      block: 'g',
      handle: 'else',
    });
  });

  it('leaves a drop on a handle to React Flow, and ignores drags from an input or onto the same block', () => {
    expect(dropAction(true, fromExit('a'), 'b')).toEqual({ kind: 'none' });
    expect(dropAction(false, { nodeId: 'a', handleId: 'in', type: 'target' }, 'b')).toEqual({ kind: 'none' });
    expect(dropAction(false, fromExit('a'), 'a')).toEqual({ kind: 'none' });
    expect(dropAction(false, null, undefined)).toEqual({ kind: 'none' });
  });

  it('produces a command the engine applies: the exit then leads to the block', () => {
    const p = project({ blocks: [message('a'), message('b')] });
    const action = dropAction(false, fromExit('a'), 'b');
    if (action.kind !== 'connect') throw new Error('expected a connect');
    const result = applyCommands(p, [action.command]);
    expect(result.ok && result.project.flows[0]!.blocks[0]).toMatchObject({ id: 'a', next: 'b' });
  });
});

describe('reconnecting an edge', () => {
  const edge = { source: 'g', sourceHandle: 'rules.0.goTo', target: 'a' };

  it('points the same exit at the block its input end was dropped on', () => {
    const commands = reconnectCommands(edge, {
      source: 'g',
      sourceHandle: 'rules.0.goTo',
      target: 'b',
      targetHandle: 'in',
    });
    expect(commands).toEqual([{ type: 'connect', block: 'g', slot: ['rules', 0, 'goTo'], target: 'b' }]);
    const p = project({
      blocks: [goto('g', { rules: [rule(cmp('x', 'exists'), 'a')] }), message('a'), message('b')],
    });
    const result = applyCommands(p, commands);
    expect(result.ok && result.project.flows[0]!.blocks[0]).toMatchObject({
      rules: [{ when: { var: 'x', op: 'exists' }, goTo: 'b' }],
    });
  });

  it('does nothing when the end is dropped where it was, or when another exit would take the edge', () => {
    expect(
      reconnectCommands(edge, { source: 'g', sourceHandle: 'rules.0.goTo', target: 'a', targetHandle: 'in' }),
    ).toEqual([]);
    // Moving the exit end would disconnect the old exit, which deletes a rule: not offered.
    expect(
      reconnectCommands(edge, { source: 'g', sourceHandle: 'else', target: 'a', targetHandle: 'in' }),
    ).toEqual([]);
  });
});
