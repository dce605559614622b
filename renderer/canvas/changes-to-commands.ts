// The one place where canvas gestures become edits (docs/architecture.md#the-edit-path): React Flow's node and edge changes
// in, selection updates, live drag positions and commands out. Selection and measurement never become
// commands; a drag becomes one moveBlocks when it ends.
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Command } from '../../engine/edit';
import type { Position } from '../../engine/model';
import { slotOfHandle } from './handle-ids';

export interface NodeChangeContext {
  selected: ReadonlySet<string>;
  /** A block's stored position (before any drag). */
  positionOf(id: string): Position | undefined;
  drag: ReadonlyMap<string, Position>;
}

export interface NodeChangeOutcome {
  select: { add: string[]; remove: string[] };
  /** New live drag positions (an empty map once the drag ended), or undefined when unchanged. */
  drag?: Map<string, Position>;
  command?: Command;
}

const round = (n: number) => Math.round(n);

export function interpretNodeChanges(changes: NodeChange[], ctx: NodeChangeContext): NodeChangeOutcome {
  const outcome: NodeChangeOutcome = { select: { add: [], remove: [] } };
  let drag: Map<string, Position> | undefined;
  let ended = false;
  for (const change of changes) {
    if (change.type === 'select')
      (change.selected ? outcome.select.add : outcome.select.remove).push(change.id);
    if (change.type !== 'position') continue;
    const origin = ctx.positionOf(change.id);
    if (!origin) continue;
    if (change.position && !drag) {
      const dx = change.position.x - origin.x;
      const dy = change.position.y - origin.y;
      drag = new Map();
      const moving = ctx.selected.has(change.id) ? ctx.selected : new Set([change.id]);
      for (const id of moving) {
        const p = ctx.positionOf(id);
        if (p) drag.set(id, { x: p.x + dx, y: p.y + dy });
      }
    }
    if (change.dragging === false) ended = true;
  }
  if (!ended) {
    if (drag) outcome.drag = drag;
    return outcome;
  }
  const final = drag ?? ctx.drag;
  const moves = [...final]
    .map(([id, p]) => ({ id, position: { x: round(p.x), y: round(p.y) } }))
    .filter(({ id, position }) => {
      const old = ctx.positionOf(id);
      return !old || old.x !== position.x || old.y !== position.y;
    });
  if (moves.length) outcome.command = { type: 'moveBlocks', moves };
  outcome.drag = new Map();
  return outcome;
}

export interface EdgeChangeOutcome {
  commands: Command[];
  selectedEdge?: string | null;
}

/** Edge ids are `<source>|<handle>` (see flow-graph.ts). */
export function interpretEdgeChanges(changes: EdgeChange[]): EdgeChangeOutcome {
  const outcome: EdgeChangeOutcome = { commands: [] };
  for (const change of changes) {
    if (change.type === 'remove') {
      const [block, handle] = change.id.split('|') as [string, string];
      outcome.commands.push({ type: 'disconnect', block, slot: slotOfHandle(handle) });
    }
    if (change.type === 'select') outcome.selectedEdge = change.selected ? change.id : null;
  }
  return outcome;
}

/** The command for an edge drawn from a handle to a block. */
export function connectCommand(
  source: string,
  sourceHandle: string | null | undefined,
  target: string,
): Command {
  return { type: 'connect', block: source, slot: slotOfHandle(sourceHandle ?? 'next'), target };
}
