// The canvas window on a flow with hubs (bench/canvas's generated flow): an edge never mounts its far
// block; edges leaving the view are stubs, many into one block a bundle; the level of detail by zoom.
import { describe, expect, it } from 'vitest';
import { flowGraph } from '../../../renderer/canvas/flow-graph';
import { SIMPLE_NODE, visibleGraph, windowBlockIds } from '../../../renderer/canvas/visible-graph';
import { cellRange } from '../../../renderer/canvas/spatial-index';
import { detailLevel, FULL_ZOOM, SIMPLE_ZOOM } from '../../../renderer/canvas/level-of-detail';
import {
  BUNDLE_MIN,
  highlightPath,
  MAX_HIGHLIGHT,
  STUB_LENGTH,
  STUB_MERGE_ANGLE,
  stubDirection,
} from '../../../renderer/canvas/window-edges';
import { dotTiles, tilesInRange, type DotTile } from '../../../renderer/canvas/layers/DotLayer';
import { blockAt } from '../../../renderer/canvas/layers/WindowLayers';
import { generateProject, HUBS } from '../../../bench/canvas/generate-flow';
import type { Block } from '../../../engine/model';

const graph = flowGraph(generateProject(5000, { hubs: true }).flows[0]!);
/** The window of a 1280×800 viewport centred on `id` at `zoom`. */
const around = (id: string, zoom: number, more = {}) => {
  const p = graph.positions.get(id)!;
  const w = 1280 / zoom;
  const h = 800 / zoom;
  return {
    graph,
    range: cellRange({ x: p.x + 120 - w / 2, y: p.y + 60 - h / 2, width: w, height: h }),
    selected: new Set<string>(),
    dragPositions: new Map(),
    selectedEdge: null,
    level: detailLevel(zoom),
    ...more,
  };
};

describe('the canvas window on hubs', () => {
  it('has the hubs it is meant to have', () => {
    // 500 API blocks, and the block before it in the flow.
    expect(graph.incomingBlocks(HUBS.error)).toBe(501);
    expect(graph.incomingBlocks(HUBS.big)).toBe(2000);
    expect(graph.incomingBlocks(HUBS.menu)).toBeGreaterThanOrEqual(500);
  });

  it.each([1, 0.5, 0.25])('mounts only blocks in the viewport’s cells at zoom %s, at most 150', (zoom) => {
    const input = around(HUBS.error, zoom);
    const view = visibleGraph(input);
    const cells = windowBlockIds(graph, input.range);
    for (const n of view.nodes) expect(cells.has(n.id)).toBe(true);
    expect(view.nodes.length).toBeLessThanOrEqual(150);
    for (const e of [...view.edges, ...view.layerEdges])
      expect(cells.has(e.source) && cells.has(e.target)).toBe(true);
  });

  it('draws the edges of the hubs’ far neighbours as stubs and bundles, never mounting them', () => {
    const view = visibleGraph(around(HUBS.error, 1));
    const mounted = new Set(view.nodes.map((n) => n.id));
    expect(mounted.has(HUBS.error) && mounted.has(HUBS.big)).toBe(true);
    const bundle = view.bundles.find((b) => b.blockId === HUBS.big)!;
    expect(bundle.sources.length).toBeGreaterThan(1900);
    expect(bundle.sources.every((s) => !mounted.has(s.id))).toBe(true);
    expect(view.bundles.find((b) => b.blockId === HUBS.error)!.sources.length).toBeGreaterThan(490);
    for (const s of view.stubs) {
      expect(mounted.has(s.blockId)).toBe(true);
      expect(mounted.has(s.farId)).toBe(false);
      expect(Math.hypot(s.to.x - s.from.x, s.to.y - s.from.y)).toBeLessThanOrEqual(STUB_LENGTH + 0.01);
    }
    // An outgoing stub points towards its far block and carries its name.
    const out = view.stubs.find((s) => s.direction === 'out')!;
    const far = graph.positions.get(out.farId)!;
    expect(Math.sign(out.to.y - out.from.y) || 1).toBe(Math.sign(far.y - out.from.y) || 1);
    expect(out.farTitle).toBe(graph.displays.get(out.farId)!.title);
  });

  it('merges a block’s stubs that point the same way below full detail, so every hub in view shows its fan', () => {
    const view = visibleGraph(around(HUBS.error, 0.5));
    expect(view.level).toBe('simple');
    const mounted = new Set(view.nodes.map((n) => n.id));
    const hubs = [HUBS.error, HUBS.big, HUBS.menu];
    for (const hub of hubs) expect(mounted.has(hub)).toBe(true);
    // West is one direction from either side of it.
    const o = { x: 0, y: 0 };
    expect(stubDirection(o, { x: -10, y: 0.01 })).toBe(stubDirection(o, { x: -10, y: -0.01 }));
    for (const hub of hubs) {
      const fan = view.stubs.filter((s) => s.blockId === hub && s.direction === 'in');
      // Hundreds of blocks outside lead into each hub: one line per direction, each direction once.
      expect(fan.length).toBeGreaterThan(20);
      expect(fan.length).toBeLessThanOrEqual((2 * Math.PI) / STUB_MERGE_ANGLE);
      const turns = new Set(fan.map((s) => stubDirection(s.from, s.to)));
      expect(turns.size).toBe(fan.length);
    }
    // Three blocks far away down-right lead into `a`: three stubs at full detail (each names its block),
    // one below it.
    const far = ['f1', 'f2', 'f3'].map((id, i): Block => ({
      id,
      type: 'message',
      messages: [{ kind: 'text', text: id }],
      position: { x: 5000 + i * 20, y: 5000 },
      next: 'a',
    }));
    const a: Block = {
      id: 'a',
      type: 'message',
      messages: [{ kind: 'text', text: 'a' }],
      position: { x: 0, y: 0 },
    };
    const g = flowGraph({ id: 'f', name: 'F', blocks: [a, ...far] });
    const small = (level: 'full' | 'simple') =>
      visibleGraph({
        ...around(HUBS.error, 1),
        graph: g,
        level,
        range: cellRange({ x: 0, y: 0, width: 800, height: 400 }),
      });
    expect(small('full').stubs.map((s) => s.farId)).toEqual(['f1', 'f2', 'f3']);
    expect(small('simple').stubs.map((s) => s.farId)).toEqual(['f1']);
  });

  it(`bundles only more than ${BUNDLE_MIN} outside blocks into one block; fewer are single stubs`, () => {
    const far = (id: string, goTo: string, i: number): Block => ({
      id,
      type: 'message',
      messages: [{ kind: 'text', text: id }],
      position: { x: 5000 + i * 300, y: 5000 },
      next: goTo,
    });
    const few = ['f1', 'f2', 'f3'].map((id, i) => far(id, 'a', i));
    const many = ['m1', 'm2', 'm3', 'm4'].map((id, i) => far(id, 'b', i + 3));
    const near = (id: string, x: number): Block => ({
      id,
      type: 'message',
      messages: [{ kind: 'text', text: id }],
      position: { x, y: 0 },
    });
    const g = flowGraph({ id: 'f', name: 'F', blocks: [near('a', 0), near('b', 300), ...few, ...many] });
    const view = visibleGraph({
      ...around(HUBS.error, 1),
      graph: g,
      range: cellRange({ x: 0, y: 0, width: 800, height: 400 }),
    });
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(view.stubs.map((s) => [s.direction, s.blockId, s.farId])).toEqual([
      ['in', 'a', 'f1'],
      ['in', 'a', 'f2'],
      ['in', 'a', 'f3'],
    ]);
    expect(view.bundles).toEqual([
      expect.objectContaining({
        blockId: 'b',
        sources: many.map((m) => ({ id: m.id, title: g.displays.get(m.id)!.title })),
      }),
    ]);
  });

  it('gives each node its distinct incoming and outgoing counts (the hub badge)', () => {
    const node = visibleGraph(around(HUBS.error, 1)).nodes.find((n) => n.id === HUBS.error)!;
    expect(node.data.incoming).toBe(501);
    expect(node.data.outgoing).toBe(graph.outgoing.get(HUBS.error)!.length);
  });

  it('switches the level of detail with the zoom: full nodes, simple nodes, then no nodes at all', () => {
    expect(detailLevel(1)).toBe('full');
    expect(detailLevel(FULL_ZOOM)).toBe('full');
    expect(detailLevel(FULL_ZOOM - 0.01)).toBe('simple');
    expect(detailLevel(SIMPLE_ZOOM)).toBe('simple');
    expect(detailLevel(SIMPLE_ZOOM - 0.01)).toBe('dots');
    const full = visibleGraph(around(HUBS.error, 1));
    expect(full.nodes[0]!.type).not.toBe(SIMPLE_NODE);
    expect(full.nodes[0]!.handles?.length).toBeGreaterThan(0);
    expect(full.layerEdges).toEqual([]);
    const simple = visibleGraph(around(HUBS.error, 0.4));
    expect(simple.level).toBe('simple');
    expect(simple.nodes.every((n) => n.type === SIMPLE_NODE && !n.handles)).toBe(true);
    expect(simple.edges).toEqual([]);
    expect(simple.layerEdges.length).toBeGreaterThan(0);
    expect(simple.bundles).toEqual([]);
    const dots = visibleGraph(around(HUBS.error, 0.1));
    expect(dots.level).toBe('dots');
    expect(dots.nodes).toEqual([]);
    expect(dots.layerEdges.length).toBeGreaterThan(0);
  });

  it('draws the window’s tiles at the dots level, one path per kind per tile, and hit-tests it', () => {
    const tiles = dotTiles(graph);
    const count = (list: Iterable<DotTile>) =>
      [...list].reduce((n, t) => n + t.paths.reduce((m, p) => m + p.d.split('M').length - 1, 0), 0);
    // Every block is in exactly one tile, and no tile holds two paths of one kind.
    expect(count(tiles.values())).toBe(5000);
    for (const t of tiles.values()) expect(new Set(t.paths.map((p) => p.type)).size).toBe(t.paths.length);
    // Only the tiles around the window are drawn, and every block in the window is among them.
    const { range } = around(HUBS.error, 0.25);
    const shown = tilesInRange(tiles, range);
    expect(count(shown)).toBeLessThan(1000);
    const drawn = new Set(shown.flatMap((t) => t.paths.flatMap((p) => p.d.split('M').slice(1))));
    for (const id of windowBlockIds(graph, range)) {
      const p = graph.positions.get(id)!;
      expect([...drawn].some((r) => r.startsWith(`${p.x} ${p.y}h`))).toBe(true);
    }
    const p = graph.positions.get('b1234')!;
    expect(blockAt(graph, { x: p.x + 10, y: p.y + 10 })).toBe('b1234');
    expect(blockAt(graph, { x: p.x - 40, y: p.y - 10 })).toBeUndefined();
  });

  it('highlights a selected hub’s connections on demand, capped', () => {
    expect(highlightPath(graph, new Set()).d).toBe('');
    const one = highlightPath(graph, new Set(['b11']));
    expect(one.d.split('M').length - 1).toBe(
      graph.outgoing.get('b11')!.length + (graph.incoming.get('b11') ?? []).length,
    );
    const hub = highlightPath(graph, new Set([HUBS.big]));
    expect(hub.d.split('M').length - 1).toBe(MAX_HIGHLIGHT);
    expect(hub.more).toBeGreaterThan(1500);
  });

  it('keeps a dragged block mounted when it leaves the viewport’s cells', () => {
    const input = around(HUBS.error, 1, { dragPositions: new Map([['b4999', { x: 0, y: 0 }]]) });
    expect(visibleGraph(input).nodes.some((n) => n.id === 'b4999')).toBe(true);
  });
});
