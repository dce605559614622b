// A flow as the canvas needs it: each block's display and frame, the spatial index, and the edges in
// both directions. Built once per flow object (an edit of the flow builds a new one; displays of
// untouched blocks are reused).
import type { Edge } from '@xyflow/react';
import {
  blockReferences,
  type Block,
  type BlockReference,
  type Flow,
  type Position,
  type TransitionSet,
} from '../../engine/model';
import { blockDisplay, type BlockDisplay } from './block-display';
import { NODE_WIDTH, nodeHeight } from './block-geometry';
import { handleIdOf, TARGET_HANDLE } from './handle-ids';
import { SpatialIndex } from './spatial-index';
import { EXIT_EDGE } from './edge-paths';

export interface FlowGraph {
  flow: Flow;
  blocks: ReadonlyMap<string, Block>;
  displays: ReadonlyMap<string, BlockDisplay>;
  positions: ReadonlyMap<string, Position>;
  index: SpatialIndex;
  /** Edges leaving each block, to blocks of the same flow. */
  outgoing: ReadonlyMap<string, Edge[]>;
  /** Source blocks of the edges arriving at each block. */
  incoming: ReadonlyMap<string, string[]>;
  /** How many distinct blocks lead to a block. */
  incomingBlocks(id: string): number;
}

/** Where a block without a position goes: a simple grid, in flow order. */
export function defaultPosition(index: number): Position {
  return { x: (index % 6) * 300, y: Math.floor(index / 6) * 260 };
}

const edgeCache = new WeakMap<Block, Edge[]>();

/** The variables an exit sets when taken: next, a Go To rule or else. */
export function exitSets(block: Block, ref: BlockReference): readonly TransitionSet[] | undefined {
  if (ref.kind === 'next' && 'nextSet' in block) return block.nextSet;
  if (block.type !== 'goto') return undefined;
  if (ref.kind === 'else') return block.elseSet;
  if (ref.kind === 'rule') return block.rules[Number(ref.path[1])]?.set;
  return undefined;
}

const valueText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The edge label of an exit's sets: the first `variable = value`, then how many more. */
export function setsLabel(sets: readonly TransitionSet[]): string {
  const first = `${sets[0]!.variable} = ${valueText(sets[0]!.value)}`;
  const shortened = first.length > 32 ? `${first.slice(0, 31)}…` : first;
  return sets.length > 1 ? `${shortened} (+${sets.length - 1})` : shortened;
}

/** Ids of the arrowheads at the input (edges/EdgeMarkers.tsx), coloured per theme by canvas.css. */
export const ARROW = 'botloom-arrow';
export const DANGER_ARROW = 'botloom-arrow-danger';
/** The arrowhead of the selected edge, in the accent colour as its line. */
export const SELECTED_ARROW = 'botloom-arrow-selected';

function edgesOf(block: Block, inFlow: (id: string) => boolean): Edge[] {
  let edges = edgeCache.get(block);
  if (!edges) {
    const ports = blockDisplay(block).ports;
    edges = blockReferences(block)
      .filter((ref) => ref.kind !== 'blockValue')
      .map((ref) => {
        const handle = handleIdOf(ref.path);
        const sets = exitSets(block, ref);
        // Buttons and rules are named on their edge; else, errors and no answer by their dashes.
        const exit =
          ref.kind === 'button' || ref.kind === 'rule'
            ? ports.find((p) => p.handleId === handle)?.label
            : undefined;
        return {
          id: `${block.id}|${handle}`,
          type: EXIT_EDGE,
          source: block.id,
          sourceHandle: handle,
          target: ref.target,
          targetHandle: TARGET_HANDLE,
          // Only the input end is dragged to another block (connect-gestures.ts reconnectCommands).
          reconnectable: 'target' as const,
          markerEnd: ref.kind === 'onError' || ref.kind === 'onFail' ? DANGER_ARROW : ARROW,
          ...(exit ? { data: { exit } } : {}),
          className: sets?.length ? `edge-${ref.kind} edge-sets` : `edge-${ref.kind}`,
          ...(sets?.length
            ? {
                label: setsLabel(sets),
                ariaLabel: `sets ${sets.map((s) => `${s.variable} = ${valueText(s.value)}`).join('; ')}`,
              }
            : {}),
        };
      });
    edgeCache.set(block, edges);
  }
  return edges.filter((e) => inFlow(e.target));
}

const graphCache = new WeakMap<Flow, FlowGraph>();

export function flowGraph(flow: Flow): FlowGraph {
  const cached = graphCache.get(flow);
  if (cached) return cached;
  const blocks = new Map<string, Block>();
  const displays = new Map<string, BlockDisplay>();
  const positions = new Map<string, Position>();
  flow.blocks.forEach((block, i) => {
    blocks.set(block.id, block);
    displays.set(block.id, blockDisplay(block));
    positions.set(block.id, block.position ?? defaultPosition(i));
  });
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, string[]>();
  for (const block of flow.blocks) {
    const edges = edgesOf(block, (id) => blocks.has(id));
    if (edges.length) outgoing.set(block.id, edges);
    for (const e of edges) {
      const list = incoming.get(e.target);
      if (list) list.push(block.id);
      else incoming.set(e.target, [block.id]);
    }
  }
  const index = new SpatialIndex(
    flow.blocks.map((b) => ({
      id: b.id,
      ...positions.get(b.id)!,
      width: NODE_WIDTH,
      height: nodeHeight(displays.get(b.id)!),
    })),
  );
  const distinct = new Map<string, number>();
  const incomingBlocks = (id: string) => {
    let n = distinct.get(id);
    if (n === undefined) distinct.set(id, (n = new Set(incoming.get(id)).size));
    return n;
  };
  const graph = { flow, blocks, displays, positions, index, outgoing, incoming, incomingBlocks };
  graphCache.set(flow, graph);
  return graph;
}
