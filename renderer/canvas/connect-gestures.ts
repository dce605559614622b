// What a connection drag ends as (docs/architecture.md#drawing-edges), decided without React Flow so it
// can be tested: a drop on a handle is React Flow's own connect or reconnect; a drop on a block's body
// connects the exit to that block's input; a drop on empty canvas offers new blocks to create there,
// connected. Every outcome is edit commands, one undo step.
import type { Connection } from '@xyflow/react';
import type { Command } from '../../engine/edit';
import { connectCommand } from './changes-to-commands';

/** The handle a connection drag started from (React Flow's `fromHandle`), or null. */
export interface DragStart {
  nodeId: string;
  handleId: string | null;
  type: 'source' | 'target';
}

export type DropAction =
  /** Nothing to do: React Flow connected on a handle, or the drag started at an input. */
  | { kind: 'none' }
  | { kind: 'connect'; command: Command }
  /** Offer the block kinds at the drop point; the chosen one is created and connected from `block`'s exit. */
  | { kind: 'menu'; block: string; handle: string };

/**
 * `valid`: React Flow found a handle under the pointer (it connects by itself); `hit`: the block whose
 * frame contains the drop point, if any. A drop on the block the drag started from does nothing (an
 * exit dragged a few pixels would otherwise loop back at once); a loop is drawn to the block's input.
 */
export function dropAction(
  valid: boolean | null,
  from: DragStart | null,
  hit: string | undefined,
): DropAction {
  if (valid || !from || from.type !== 'source') return { kind: 'none' };
  const handle = from.handleId ?? 'next';
  if (hit === from.nodeId) return { kind: 'none' };
  if (hit) return { kind: 'connect', command: connectCommand(from.nodeId, handle, hit) };
  return { kind: 'menu', block: from.nodeId, handle };
}

/** An edge as reconnect needs it. */
export interface EdgeEnds {
  source: string;
  sourceHandle?: string | null;
  target: string;
}

/**
 * The command that moves an edge's input end to another block: one connect of the same exit. Only that
 * end moves (edges are `reconnectable: 'target'`): moving the exit end would mean disconnecting the old
 * exit, which deletes a Go To rule and is refused for a button. Nothing when the end did not move.
 */
export function reconnectCommands(edge: EdgeEnds, next: Connection): Command[] {
  const handle = edge.sourceHandle ?? 'next';
  if (next.source !== edge.source || (next.sourceHandle ?? 'next') !== handle) return [];
  if (next.target === edge.target) return [];
  return [connectCommand(edge.source, handle, next.target)];
}
