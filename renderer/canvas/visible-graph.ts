// The window onto the document that React Flow gets (docs/architecture.md#the-canvas-window): the blocks in the viewport's
// cells plus the endpoints their edges need, as node objects reused while nothing about them changes.
import type { Edge, Node } from '@xyflow/react';
import type { Block, Position } from '../../engine/model';
import type { BlockDisplay } from './block-display';
import { NODE_WIDTH, nodeHandles, nodeHeight } from './block-geometry';
import type { FlowGraph } from './flow-graph';
import type { CellRange } from './spatial-index';

export type BlockNodeData = { display: BlockDisplay };
export type BlockNode = Node<BlockNodeData>;

interface CachedNode {
  selected: boolean;
  x: number;
  y: number;
  node: BlockNode;
}
const nodeCache = new WeakMap<Block, CachedNode>();
const dataCache = new WeakMap<BlockDisplay, BlockNodeData>();
const dataOf = (display: BlockDisplay) => {
  let data = dataCache.get(display);
  if (!data) dataCache.set(display, (data = { display }));
  return data;
};

function nodeFor(block: Block, display: BlockDisplay, position: Position, selected: boolean): BlockNode {
  const cached = nodeCache.get(block);
  if (cached && cached.selected === selected && cached.x === position.x && cached.y === position.y)
    return cached.node;
  const node: BlockNode = {
    id: block.id,
    type: block.type,
    position,
    data: dataOf(display),
    width: NODE_WIDTH,
    height: nodeHeight(display),
    handles: nodeHandles(display),
    selected,
    deletable: false,
  };
  nodeCache.set(block, { selected, x: position.x, y: position.y, node });
  return node;
}

const selectedEdgeCache = new WeakMap<Edge, Edge>();
const selectedEdge = (edge: Edge) => {
  let copy = selectedEdgeCache.get(edge);
  if (!copy) selectedEdgeCache.set(edge, (copy = { ...edge, selected: true }));
  return copy;
};

export interface VisibleGraphInput {
  graph: FlowGraph;
  range: CellRange | null;
  selected: ReadonlySet<string>;
  dragPositions: ReadonlyMap<string, Position>;
  selectedEdge: string | null;
}

export function visibleGraph({
  graph,
  range,
  selected,
  dragPositions,
  selectedEdge: edgeId,
}: VisibleGraphInput): { nodes: BlockNode[]; edges: Edge[] } {
  if (!range) return { nodes: [], edges: [] };
  const core = graph.index.query(range);
  const ids = new Set(core);
  for (const id of core) {
    for (const e of graph.outgoing.get(id) ?? []) ids.add(e.target);
    for (const source of graph.incoming.get(id) ?? []) ids.add(source);
  }
  const nodes: BlockNode[] = [];
  const edges: Edge[] = [];
  for (const id of ids) {
    const block = graph.blocks.get(id);
    if (!block) continue;
    nodes.push(
      nodeFor(
        block,
        graph.displays.get(id)!,
        dragPositions.get(id) ?? graph.positions.get(id)!,
        selected.has(id),
      ),
    );
    for (const edge of graph.outgoing.get(id) ?? [])
      if (ids.has(edge.target)) edges.push(edge.id === edgeId ? selectedEdge(edge) : edge);
  }
  return { nodes, edges };
}
