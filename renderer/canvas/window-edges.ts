// The edges of the window that leave it: an edge between a mounted block and one outside the window is a
// short stub from the mounted block's handle towards the far block (its name on hover, a click jumps
// there); when more than BUNDLE_MIN blocks outside the window lead into one mounted block, they are one
// bundle marker at its input ("from 500 blocks") that lists them. Below full detail there are no markers
// to hover or click, and a block's stubs that point the same way are merged into one (a hub in view drew
// 600 stubs, re-rasterised on every window change). Also the path data the edge layers draw
// (layers/FramedEdges.tsx).
import type { Edge } from '@xyflow/react';
import type { Position } from '../../engine/model';
import { HANDLE_SIZE, NODE_WIDTH, nodeHandles, nodeHeight } from './block-geometry';
import type { FlowGraph } from './flow-graph';
import { selfLoopPath } from './edge-paths';

export interface Point {
  x: number;
  y: number;
}

export interface Stub {
  /** The edge's id. */
  id: string;
  /** `out`: the mounted block's exit leads to the far block; `in`: the far block leads here. */
  direction: 'out' | 'in';
  /** The mounted block. */
  blockId: string;
  /** The block outside the window, and its name. */
  farId: string;
  farTitle: string;
  /** From the handle on the mounted block to the stub's end, STUB_LENGTH towards the far block. */
  from: Point;
  to: Point;
}

export interface Bundle {
  /** The mounted block the edges lead into. */
  blockId: string;
  /** Its input handle. */
  at: Point;
  /** The blocks outside the window that lead here, each once, in flow order. */
  sources: { id: string; title: string }[];
}

/** Up to this many blocks outside the window leading into one block are drawn as single stubs. */
export const BUNDLE_MIN = 3;
/** Length of a stub, in flow units. */
export const STUB_LENGTH = 70;
/** At most this many stubs are drawn (a window of 150 blocks has far fewer). */
export const MAX_STUBS = 600;
/**
 * Below full detail, the stubs of one block (and one direction) whose angles round to the same multiple of
 * this are one stub: at zoom 0.55 their ends were at most 3.4 screen pixels apart.
 */
export const STUB_MERGE_ANGLE = Math.PI / 36;
const TURN = Math.round((2 * Math.PI) / STUB_MERGE_ANGLE);

/** Which of the TURN directions a line from `from` towards `to` points in (west is one direction, not two). */
export const stubDirection = (from: Point, to: Point): number =>
  (Math.round(Math.atan2(to.y - from.y, to.x - from.x) / STUB_MERGE_ANGLE) + TURN) % TURN;

/** The input handle of a block: the middle of its top side. */
export const inputPoint = (p: Position): Point => ({ x: p.x + NODE_WIDTH / 2, y: p.y });

/** Where an edge leaves its source block: the centre of the exit's handle. */
export function exitPoint(graph: FlowGraph, edge: Edge, p: Position): Point {
  const display = graph.displays.get(edge.source)!;
  const handle = nodeHandles(display).find((h) => h.id === edge.sourceHandle);
  if (!handle) return { x: p.x + NODE_WIDTH, y: p.y + nodeHeight(display) / 2 };
  return { x: p.x + handle.x + HANDLE_SIZE / 2, y: p.y + handle.y + HANDLE_SIZE / 2 };
}

/** The centre of a block. */
export function centreOf(graph: FlowGraph, id: string, p: Position): Point {
  return { x: p.x + NODE_WIDTH / 2, y: p.y + nodeHeight(graph.displays.get(id)!) / 2 };
}

function towards(from: Point, target: Point, length = STUB_LENGTH): Point {
  const dx = target.x - from.x;
  const dy = target.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const k = Math.min(length, d) / d;
  return { x: from.x + dx * k, y: from.y + dy * k };
}

const titleOf = (graph: FlowGraph, id: string) => graph.displays.get(id)?.title ?? id;

/**
 * Stubs and bundles of the window `ids`. At the `simple` level of detail every incoming edge from outside
 * is a stub line, nothing is listed, and a block's stubs in one direction that point the same way (within
 * STUB_MERGE_ANGLE) are one stub, the first of them: merged stubs do not count towards MAX_STUBS, so a
 * window with several hubs shows every hub's fan, each of at most 72 lines instead of hundreds.
 */
export function windowEdges(
  graph: FlowGraph,
  ids: ReadonlySet<string>,
  positionOf: (id: string) => Position,
  detail: 'full' | 'simple' = 'full',
): { stubs: Stub[]; bundles: Bundle[] } {
  const stubs: Stub[] = [];
  const bundles: Bundle[] = [];
  const merge = detail === 'simple';
  /** The directions (multiples of STUB_MERGE_ANGLE) of the current block's stubs, below full detail. */
  const pointing = new Set<number>();
  /**
   * Adds a stub from `from` towards `target` unless the cap is reached or (below full detail) the block
   * already has one pointing that way; decided before building it, as a hub has thousands of edges.
   */
  const add = (
    id: string,
    direction: Stub['direction'],
    blockId: string,
    farId: string,
    from: Point,
    target: Point,
  ) => {
    if (stubs.length >= MAX_STUBS) return;
    if (merge) {
      const bucket = stubDirection(from, target);
      if (pointing.has(bucket)) return;
      pointing.add(bucket);
    }
    stubs.push({
      id,
      direction,
      blockId,
      farId,
      farTitle: titleOf(graph, farId),
      from,
      to: towards(from, target),
    });
  };
  for (const id of ids) {
    const p = positionOf(id);
    pointing.clear();
    for (const edge of graph.outgoing.get(id) ?? [])
      if (!ids.has(edge.target))
        add(
          edge.id,
          'out',
          id,
          edge.target,
          exitPoint(graph, edge, p),
          inputPoint(graph.positions.get(edge.target)!),
        );
    const outside = [...new Set(graph.incoming.get(id) ?? [])].filter((s) => !ids.has(s));
    if (outside.length === 0) continue;
    const at = inputPoint(p);
    if (!merge && outside.length > BUNDLE_MIN) {
      bundles.push({ blockId: id, at, sources: outside.map((s) => ({ id: s, title: titleOf(graph, s) })) });
      continue;
    }
    pointing.clear();
    for (const source of outside)
      add(`${source}>${id}`, 'in', id, source, at, centreOf(graph, source, graph.positions.get(source)!));
  }
  return { stubs, bundles };
}

/** One path (SVG path data) for many edges: a curve from each exit to the input it leads to. */
export function edgesPath(
  graph: FlowGraph,
  edges: readonly Edge[],
  positionOf: (id: string) => Position,
): string {
  let d = '';
  for (const edge of edges) d += edgeCurve(graph, edge, positionOf);
  return d;
}

/** One edge's path: a curve from its exit to the input, or around the block when it loops back to it. */
function edgeCurve(graph: FlowGraph, edge: Edge, pos: (id: string) => Position): string {
  const a = exitPoint(graph, edge, pos(edge.source));
  const b = inputPoint(pos(edge.target));
  if (edge.source !== edge.target) return curve(a, b);
  return selfLoopPath(a, b, edge.sourceHandle === 'next' ? 'bottom' : 'right').d;
}

export function curve(a: Point, b: Point): string {
  const bend = Math.max(40, Math.abs(b.y - a.y) / 2);
  return `M${a.x.toFixed(0)} ${a.y.toFixed(0)}C${(a.x + bend / 2).toFixed(0)} ${(a.y + bend).toFixed(0)} ${b.x.toFixed(0)} ${(b.y - bend).toFixed(0)} ${b.x.toFixed(0)} ${b.y.toFixed(0)}`;
}

export const stubsPath = (stubs: readonly Stub[]): string =>
  stubs
    .map((s) => `M${s.from.x.toFixed(0)} ${s.from.y.toFixed(0)}L${s.to.x.toFixed(0)} ${s.to.y.toFixed(0)}`)
    .join('');

/** At most this many connections of a selected block are highlighted. */
export const MAX_HIGHLIGHT = 400;

/**
 * The connections of the selected blocks, near and far, as one path (on demand: only while a block is
 * selected), capped at MAX_HIGHLIGHT; `more` says how many were left out.
 */
export function highlightPath(
  graph: FlowGraph,
  selected: ReadonlySet<string>,
  pos: (id: string) => Position = (id) => graph.positions.get(id)!,
): { d: string; more: number } {
  let d = '';
  let count = 0;
  let more = 0;
  const add = (edge: Edge) => {
    if (count >= MAX_HIGHLIGHT) return void more++;
    count++;
    d += edgeCurve(graph, edge, pos);
  };
  for (const id of selected) {
    if (!graph.blocks.has(id)) continue;
    for (const edge of graph.outgoing.get(id) ?? []) add(edge);
    for (const source of new Set(graph.incoming.get(id) ?? []))
      for (const edge of graph.outgoing.get(source) ?? []) if (edge.target === id) add(edge);
  }
  return { d, more };
}
