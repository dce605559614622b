// @vitest-environment jsdom
// Panning repaints little (docs/architecture.md#the-canvas-window): the dot grid follows a pan by moving
// its layer in whole pixels without a React render, and re-renders only when the zoom changes; the
// viewport becomes a compositor layer only for pointer drags at full detail.
import { Profiler, act } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DotGrid, DOT_GAP, gridOffset } from '../../../renderer/canvas/layers/DotGrid';
import { PANNING_CLASS, panLayerHandlers, usesPanLayer } from '../../../renderer/canvas/pan-layer';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

describe('the dot grid offset', () => {
  it('keeps every dot on its flow position, in whole pixels, whatever the pan', () => {
    for (const zoom of [1, 0.5, 0.25, 1.37])
      for (const x of [0, 7, -7, 123.4, -5000.6, 20, -20]) {
        const step = DOT_GAP * zoom;
        const o = gridOffset(x, 3, step);
        expect(Number.isInteger(o.x)).toBe(true);
        expect(o.x).toBeLessThanOrEqual(0);
        expect(o.x).toBeGreaterThanOrEqual(-Math.ceil(step));
        // A dot sits at o.x + step / 2 + k * step on screen: the flow x of that point is a grid point
        // (-step / 2 from a multiple of the step, in flow units), within the half pixel of rounding.
        const flowX = (o.x + step / 2 - x) / zoom;
        const phase = ((((flowX + DOT_GAP / 2) % DOT_GAP) + DOT_GAP) % DOT_GAP) * zoom;
        expect(Math.min(phase, step - phase)).toBeLessThanOrEqual(0.5 + 1e-9);
      }
  });
});

describe('the pan layer', () => {
  const drag = new MouseEvent('mousedown');
  it('is for pointer drags at full detail only', () => {
    expect(usesPanLayer(drag, 1)).toBe(true);
    expect(usesPanLayer(new MouseEvent('touchstart'), 0.6)).toBe(true);
    expect(usesPanLayer(new WheelEvent('wheel'), 1)).toBe(false);
    expect(usesPanLayer(null, 1)).toBe(false);
    expect(usesPanLayer(drag, 0.5)).toBe(false);
    expect(usesPanLayer(drag, 0.25)).toBe(false);
  });

  it('marks the canvas while a drag pans and clears it at the end of any move', () => {
    const el = document.createElement('div');
    const handlers = panLayerHandlers({ current: el });
    handlers.onMoveStart(drag, { x: 0, y: 0, zoom: 1 });
    expect(el.classList.contains(PANNING_CLASS)).toBe(true);
    handlers.onMoveEnd(drag, { x: 40, y: 0, zoom: 1 });
    expect(el.classList.contains(PANNING_CLASS)).toBe(false);
    handlers.onMoveStart(new WheelEvent('wheel'), { x: 0, y: 0, zoom: 1 });
    expect(el.classList.contains(PANNING_CLASS)).toBe(false);
  });
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the dot grid', () => {
  it('follows a pan without rendering, and re-renders when the zoom changes', async () => {
    let renders = 0;
    let api: ReturnType<typeof useStoreApi> | undefined;
    function Grab() {
      api = useStoreApi();
      return null;
    }
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <ReactFlowProvider>
          <Grab />
          <Profiler id="grid" onRender={() => renders++}>
            <DotGrid />
          </Profiler>
        </ReactFlowProvider>,
      ),
    );
    cleanup = () => {
      act(() => root.unmount());
      container.remove();
    };
    const layer = container.querySelector<SVGSVGElement>('.dot-grid-layer')!;
    const pattern = () => Number(container.querySelector('pattern')!.getAttribute('width'));
    expect(pattern()).toBe(DOT_GAP);
    const before = renders;
    for (let i = 1; i <= 30; i++) await act(async () => api!.setState({ transform: [-9 * i, -5 * i, 1] }));
    expect(renders).toBe(before);
    const o = gridOffset(-270, -150, DOT_GAP);
    expect(layer.style.transform).toBe(`translate(${o.x}px, ${o.y}px)`);
    await act(async () => api!.setState({ transform: [-270, -150, 0.5] }));
    expect(renders).toBe(before + 1);
    expect(pattern()).toBe(DOT_GAP / 2);
    const half = gridOffset(-270, -150, DOT_GAP / 2);
    expect(layer.style.transform).toBe(`translate(${half.x}px, ${half.y}px)`);
  });
});
