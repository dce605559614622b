// @vitest-environment jsdom
// The window's edge layer below full detail (docs/architecture.md#the-canvas-window): one SVG on its own
// compositor layer that covers the window's cells (about one screen, however far a hub's edges reach), its
// paths cut by cell so raster strokes only what is near a tile, and a pan changes nothing in it.
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { edgeFrame, FRAME_MARGIN, localPieces } from '../../../renderer/canvas/layers/edge-frame';
import { EdgeLayer, edgeStrokes } from '../../../renderer/canvas/layers/EdgeLayer';
import { flowGraph } from '../../../renderer/canvas/flow-graph';
import { cellRange, CELL_SIZE, type CellRange } from '../../../renderer/canvas/spatial-index';
import { edgesPath, highlightPath } from '../../../renderer/canvas/window-edges';
import { visibleGraph } from '../../../renderer/canvas/visible-graph';
import { generateProject, HUBS } from '../../../bench/canvas/generate-flow';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

/** The cells of a 1280×800 viewport at `zoom` whose top-left corner is at flow (x, y). */
const viewRange = (x: number, y: number, zoom: number) =>
  cellRange({ x, y, width: 1280 / zoom, height: 800 / zoom });
const graph = flowGraph(generateProject(5000, { hubs: true }).flows[0]!);

describe('the edge layer’s frame', () => {
  it('covers the window’s cells and a margin, and about one screen at any zoom', () => {
    for (const zoom of [0.54, 0.5, 0.37, 0.1]) {
      const range = viewRange(6100.3, 3333.7, zoom);
      const f = edgeFrame(range, CELL_SIZE);
      expect(f.x).toBe(range.x0 * CELL_SIZE - FRAME_MARGIN);
      expect(f.y).toBe(range.y0 * CELL_SIZE - FRAME_MARGIN);
      expect(f.x + f.width).toBe((range.x1 + 1) * CELL_SIZE + FRAME_MARGIN);
      expect(f.y + f.height).toBe((range.y1 + 1) * CELL_SIZE + FRAME_MARGIN);
      // On screen: the viewport and at most a cell and the margin on each side.
      expect(f.width * zoom).toBeLessThanOrEqual(1280 + 2 * (CELL_SIZE + FRAME_MARGIN) * zoom);
      expect(f.height * zoom).toBeLessThanOrEqual(800 + 2 * (CELL_SIZE + FRAME_MARGIN) * zoom);
    }
  });

  it('does not grow with a hub’s connections across the plane', () => {
    const { d } = highlightPath(graph, new Set([HUBS.error]));
    const xs = [...d.matchAll(/[MC](-?\d+) /g)].map((m) => Number(m[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(10_000);
    const hub = graph.positions.get(HUBS.error)!;
    expect(edgeFrame(viewRange(hub.x - 1280, hub.y - 800, 0.5), CELL_SIZE).width).toBeLessThan(3 * 1280);
  });
});

describe('cutting paths by cell', () => {
  it('keeps every subpath once and groups them by the cell they start in', () => {
    const d = 'M10 10L20 20M390 5L900 900M410 10L420 20M-5 -5L0 0M12 399C1 2 3 4 5 6';
    const pieces = localPieces(d, 400);
    expect(pieces).toEqual(['M10 10L20 20M390 5L900 900M12 399C1 2 3 4 5 6', 'M410 10L420 20', 'M-5 -5L0 0']);
    expect(localPieces('', 400)).toEqual([]);
  });

  it('cuts a hub window’s edges into local pieces', () => {
    const hub = graph.positions.get(HUBS.error)!;
    const range = viewRange(hub.x - 1280, hub.y - 800, 0.5);
    const view = visibleGraph({
      graph,
      range,
      selected: new Set(),
      dragPositions: new Map(),
      selectedEdge: null,
      level: 'simple',
    });
    const d = edgesPath(graph, view.layerEdges, view.positionOf);
    const pieces = localPieces(d, CELL_SIZE);
    expect(pieces.join('').length).toBe(d.length);
    expect(pieces.length).toBeGreaterThan(10);
  });
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/**
 * Mounts `layer(range)` in a React Flow store whose viewport portal is in the page, at `zoom`; `render(range)`
 * renders it again, and `api` moves the viewport.
 */
async function mountLayer(layer: (range: CellRange) => ReactNode, range: CellRange, zoom: number) {
  let api: ReturnType<typeof useStoreApi> | undefined;
  function Grab() {
    api = useStoreApi();
    return null;
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const render = (at = range) =>
    root.render(
      <ReactFlowProvider>
        <Grab />
        <div className="react-flow__viewport-portal" />
        {layer(at)}
      </ReactFlowProvider>,
    );
  await act(async () => render());
  await act(async () => api!.setState({ transform: [0, 0, zoom], domNode: container }));
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  await act(async () => render());
  return { api: api!, container, render };
}

describe('the edge layer in the viewport', () => {
  it('keeps the look of the one-path layer, with dashed stubs at full detail only', () => {
    expect(edgeStrokes('a', 'b', 'c', 'full')).toEqual([
      { d: 'a', width: 3, color: '--muted' },
      { d: 'b', width: 2, color: '--muted', dash: [6, 4] },
      { d: 'c', width: 2.5, color: '--accent', alpha: 0.85 },
    ]);
    // Below full detail a stub is a plain thin line: a dash pattern on a hub's fan of stubs was rasterised
    // again on every window change.
    for (const level of ['simple', 'dots'] as const)
      expect(edgeStrokes('a', 'b', 'c', level)[1]).toEqual({ d: 'b', width: 1.5, color: '--muted' });
  });

  it('is one framed layer that a pan leaves alone and a zoom replaces', async () => {
    const { api, container, render } = await mountLayer(
      (range) => (
        <EdgeLayer
          range={range}
          cell={CELL_SIZE}
          level="simple"
          edges="M0 0L100 100M900 0L950 50"
          stubs="M5 5L9 9"
          highlight=""
        />
      ),
      viewRange(0, 0, 0.5),
      0.5,
    );
    const layer = () => container.querySelector<SVGSVGElement>('svg.framed-edges')!;
    const first = layer();
    expect(first).not.toBeNull();
    const f = edgeFrame(viewRange(0, 0, 0.5), CELL_SIZE);
    expect(first.getAttribute('viewBox')).toBe(`${f.x} ${f.y} ${f.width} ${f.height}`);
    expect(first.style.transform).toBe(`translate(${f.x}px, ${f.y}px)`);
    expect(first.querySelectorAll('path')).toHaveLength(3);
    expect(first.querySelector('[stroke-dasharray]')).toBeNull();
    const html = first.outerHTML;
    for (let i = 1; i <= 30; i++) await act(async () => api.setState({ transform: [-9 * i, -5 * i, 0.5] }));
    expect(layer()).toBe(first);
    expect(layer().outerHTML).toBe(html);
    await act(async () => api.setState({ transform: [-270, -150, 0.4] }));
    expect(layer()).not.toBe(first);
    await act(async () => render(viewRange(4000, 0, 0.4)));
    expect(layer().getAttribute('viewBox')).not.toBe(`${f.x} ${f.y} ${f.width} ${f.height}`);
  });

  it.each([
    ['full', 1, '6 4'],
    ['dots', 0.2, null],
  ] as const)(
    'stays one unframed path per stroke at the %s level (the dots level’s window spans several screens)',
    async (level, zoom, dash) => {
      const { container } = await mountLayer(
        (range) => (
          <EdgeLayer
            range={range}
            cell={CELL_SIZE}
            level={level}
            edges="M0 0L100 100M900 0L950 50"
            stubs="M5 5L9 9"
            highlight=""
          />
        ),
        viewRange(0, 0, zoom),
        zoom,
      );
      expect(container.querySelector('svg.framed-edges')).toBeNull();
      const paths = container.querySelectorAll('svg.window-layer path');
      expect([...paths].map((p) => p.getAttribute('d'))).toEqual(['M0 0L100 100M900 0L950 50', 'M5 5L9 9']);
      expect(paths[1]!.getAttribute('stroke-dasharray')).toBe(dash);
    },
  );
});
