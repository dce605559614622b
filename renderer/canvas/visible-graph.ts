// The window onto the document that React Flow gets (docs/architecture.md#the-canvas-window): the blocks
// in the viewport's cells and nothing else (an edge never pulls its far block in: window-edges.ts draws
// it as a stub), as node objects reused while nothing about them changes. What the window mounts is
// `windowBlockIds`; anything else drawn on the canvas goes through the same cells.
import type { Edge, Node } from '@xyflow/react';
import type { Block, Position } from '../../engine/model';
import type { BlockDisplay } from './block-display';
import { NODE_WIDTH, nodeHandles, nodeHeight } from './block-geometry';
import { SELECTED_ARROW, type FlowGraph } from './flow-graph';
import type { DetailLevel } from './level-of-detail';
import type { CellRange } from './spatial-index';
import { windowEdges, type Bundle, type Stub } from './window-edges';
import { blockNodeType } from './node-type-names';

/** What a block node shows: its display, and how many blocks lead to it and how many exits lead on. */
export type BlockNodeData = { display: BlockDisplay; incoming: number; outgoing: number };
export type BlockNode = Node<BlockNodeData>;

/** The node type of every block at the `simple` level of detail (one element, no handles). */
export const SIMPLE_NODE = 'simple';

interface CachedNode {
  selected: boolean;
  x: number;
  y: number;
  node: BlockNode;
}
const nodeCaches = { full: new WeakMap<Block, CachedNode>(), simple: new WeakMap<Block, CachedNode>() };
const dataCache = new WeakMap<BlockDisplay, BlockNodeData>();
function dataOf(display: BlockDisplay, incoming: number, outgoing: number): BlockNodeData {
  let data = dataCache.get(display);
  if (!data || data.incoming !== incoming || data.outgoing !== outgoing)
    dataCache.set(display, (data = { display, incoming, outgoing }));
  return data;
}

function nodeFor(
  graph: FlowGraph,
  block: Block,
  position: Position,
  selected: boolean,
  level: 'full' | 'simple',
): BlockNode {
  const cache = nodeCaches[level];
  const display = graph.displays.get(block.id)!;
  const data = dataOf(display, graph.incomingBlocks(block.id), graph.outgoing.get(block.id)?.length ?? 0);
  const cached = cache.get(block);
  if (
    cached &&
    cached.selected === selected &&
    cached.x === position.x &&
    cached.y === position.y &&
    cached.node.data === data
  )
    return cached.node;
  const full = level === 'full';
  const node: BlockNode = {
    id: block.id,
    type: full ? blockNodeType(block.type) : SIMPLE_NODE,
    position,
    data,
    width: NODE_WIDTH,
    height: nodeHeight(display),
    ...(full ? { handles: nodeHandles(display) } : { connectable: false }),
    selected,
    deletable: false,
  };
  cache.set(block, { selected, x: position.x, y: position.y, node });
  return node;
}

const selectedEdgeCache = new WeakMap<Edge, Edge>();
const selectedEdge = (edge: Edge) => {
  let copy = selectedEdgeCache.get(edge);
  if (!copy) selectedEdgeCache.set(edge, (copy = { ...edge, selected: true, markerEnd: SELECTED_ARROW }));
  return copy;
};

/**
 * The blocks the window mounts: those in the cells of `range` and of the `warm` ranges (pages mounted
 * ahead of the bot: warm-pages.ts), plus blocks being dragged (a drag never unmounts the block under the
 * pointer). Never the far ends of their edges.
 */
export function windowBlockIds(
  graph: FlowGraph,
  range: CellRange,
  dragPositions: ReadonlyMap<string, Position> = new Map(),
  warm: readonly CellRange[] = [],
): Set<string> {
  const ids = new Set(graph.index.query(range));
  for (const r of warm) for (const id of graph.index.query(r)) ids.add(id);
  for (const id of dragPositions.keys()) if (graph.blocks.has(id)) ids.add(id);
  return ids;
}

export interface VisibleGraphInput {
  graph: FlowGraph;
  range: CellRange | null;
  /** Pages mounted ahead of the bot (warm-pages.ts), at the full level of detail only. */
  warm?: readonly CellRange[];
  selected: ReadonlySet<string>;
  dragPositions: ReadonlyMap<string, Position>;
  selectedEdge: string | null;
  /** The level of detail (level-of-detail.ts); `full` when omitted. */
  level?: DetailLevel;
}

export interface CanvasWindow {
  level: DetailLevel;
  /** The window's blocks as React Flow nodes (none at `dots`: the dot layer draws the window's tiles). */
  nodes: BlockNode[];
  /** Edges between two mounted blocks, as React Flow edges (at `full` only). */
  edges: Edge[];
  /** The same edges, for the SVG edge layer (at `simple` and `dots`). */
  layerEdges: Edge[];
  /** Edges from a mounted block to a block outside the window, drawn short towards it. */
  stubs: Stub[];
  /** Many edges into one mounted block from outside the window, as one marker. */
  bundles: Bundle[];
  /** Where each mounted block is (drag positions included). */
  positionOf: (id: string) => Position;
}

const EMPTY: CanvasWindow = {
  level: 'full',
  nodes: [],
  edges: [],
  layerEdges: [],
  stubs: [],
  bundles: [],
  positionOf: () => ({ x: 0, y: 0 }),
};

export function visibleGraph({
  graph,
  range,
  warm = [],
  selected,
  dragPositions,
  selectedEdge: edgeId,
  level = 'full',
}: VisibleGraphInput): CanvasWindow {
  if (!range) return { ...EMPTY, level };
  const ids = windowBlockIds(graph, range, dragPositions, level === 'full' ? warm : []);
  const positionOf = (id: string) => dragPositions.get(id) ?? graph.positions.get(id)!;
  const nodes: BlockNode[] = [];
  const inner: Edge[] = [];
  for (const id of ids) {
    const block = graph.blocks.get(id)!;
    if (level !== 'dots') nodes.push(nodeFor(graph, block, positionOf(id), selected.has(id), level));
    for (const edge of graph.outgoing.get(id) ?? [])
      if (ids.has(edge.target)) inner.push(edge.id === edgeId ? selectedEdge(edge) : edge);
  }
  const full = level === 'full';
  const { stubs, bundles } =
    level === 'dots' ? { stubs: [], bundles: [] } : windowEdges(graph, ids, positionOf, level);
  return {
    level,
    nodes,
    edges: full ? inner : [],
    layerEdges: full ? [] : inner,
    stubs,
    bundles,
    positionOf,
  };
}

/** Whether two lists hold the same items (by identity), in any order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}

/**
 * `next`, keeping `prev`'s node and edge arrays where they hold the same objects: a window that moved
 * over blocks already mounted (warm pages) hands React Flow the arrays it already has. `prev` must come
 * from the same graph: then, with every array kept and the same level of detail, the window is the same
 * (its stubs and bundles follow from its blocks, their positions and the graph) and `prev` itself is kept.
 */
export function sameMembers(prev: CanvasWindow | null, next: CanvasWindow): CanvasWindow {
  if (!prev) return next;
  const nodes = sameItems(prev.nodes, next.nodes) ? prev.nodes : next.nodes;
  const edges = sameItems(prev.edges, next.edges) ? prev.edges : next.edges;
  const layerEdges = sameItems(prev.layerEdges, next.layerEdges) ? prev.layerEdges : next.layerEdges;
  if (
    nodes === prev.nodes &&
    edges === prev.edges &&
    layerEdges === prev.layerEdges &&
    prev.level === next.level
  )
    return prev;
  return nodes === next.nodes && edges === next.edges && layerEdges === next.layerEdges
    ? next
    : { ...next, nodes, edges, layerEdges };
}
