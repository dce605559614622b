import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import {
  connectCommand,
  interpretEdgeChanges,
  interpretNodeChanges,
} from '../../../renderer/canvas/changes-to-commands';

const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 500, y: 500 }],
]);
const ctx = (selected: string[], drag = new Map()) => ({
  selected: new Set(selected),
  drag,
  positionOf: (id: string) => positions.get(id),
});

describe('changes to commands', () => {
  it('moves every selected block (also those React Flow does not show) by the dragged block’s delta while dragging', () => {
    const out = interpretNodeChanges(
      [{ type: 'position', id: 'a', position: { x: 10, y: 20 }, dragging: true }],
      ctx(['a', 'c']),
    );
    expect(out.command).toBeUndefined();
    expect([...out.drag!]).toEqual([
      ['a', { x: 10, y: 20 }],
      ['c', { x: 510, y: 520 }],
    ]);
  });

  it('turns the end of a drag into one moveBlocks with rounded positions, and clears the live positions', () => {
    const drag = new Map([
      ['a', { x: 10.4, y: 20.6 }],
      ['c', { x: 510.4, y: 520.6 }],
    ]);
    const out = interpretNodeChanges([{ type: 'position', id: 'a', dragging: false }], ctx(['a', 'c'], drag));
    expect(out.command).toEqual({
      type: 'moveBlocks',
      moves: [
        { id: 'a', position: { x: 10, y: 21 } },
        { id: 'c', position: { x: 510, y: 521 } },
      ],
    });
    expect(out.drag!.size).toBe(0);
  });

  it('drags an unselected block alone and issues nothing for a drag that ends where it began', () => {
    const during = interpretNodeChanges(
      [{ type: 'position', id: 'b', position: { x: 100, y: 0 }, dragging: true }],
      ctx(['a']),
    );
    expect([...during.drag!.keys()]).toEqual(['b']);
    const end = interpretNodeChanges(
      [{ type: 'position', id: 'b', dragging: false }],
      ctx(['a'], during.drag),
    );
    expect(end.command).toBeUndefined();
  });

  it('never turns selection or measurement into a command', () => {
    const changes: NodeChange[] = [
      { type: 'select', id: 'a', selected: true },
      { type: 'select', id: 'b', selected: false },
      { type: 'dimensions', id: 'a', dimensions: { width: 10, height: 10 } },
    ];
    const out = interpretNodeChanges(changes, ctx([]));
    expect(out).toEqual({ select: { add: ['a'], remove: ['b'] } });
  });

  it('maps a removed edge to disconnect of its slot, and a drawn edge to connect', () => {
    expect(
      interpretEdgeChanges([
        { type: 'remove', id: 'ask|next' },
        { type: 'remove', id: 'menu|messages.0.buttons.1.goTo' },
      ]).commands,
    ).toEqual([
      { type: 'disconnect', block: 'ask', slot: 'next' },
      { type: 'disconnect', block: 'menu', slot: ['messages', 0, 'buttons', 1, 'goTo'] },
    ]);
    expect(interpretEdgeChanges([{ type: 'select', id: 'ask|next', selected: true }]).selectedEdge).toBe(
      'ask|next',
    );
    expect(connectCommand('route', 'rules.2.goTo', 'vip')).toEqual({
      type: 'connect',
      block: 'route',
      slot: ['rules', 2, 'goTo'],
      target: 'vip',
    });
    expect(connectCommand('route', 'else', 'std')).toEqual({
      type: 'connect',
      block: 'route',
      slot: 'else',
      target: 'std',
    });
  });
});
