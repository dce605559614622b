// @vitest-environment jsdom
// Zoom to fit keeps the blocks clear of the toolbar and the minimap (as measured), and Layout shows a progress
// bar while elkjs works, then applies one Auto-layout step and fits the result.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Position } from '../../../engine/model';
import { NODE_WIDTH } from '../../../renderer/canvas/block-geometry';
import { fitViewport, measureOverlays } from '../../../renderer/canvas/fit-viewport';
import { message, project } from '../fixtures';
import { mountEditor, setUpCanvas } from './mount-canvas';

let finishLayout: ((positions: Map<string, Position>) => void) | undefined;
vi.mock('../../../renderer/canvas/auto-layout', () => ({
  layoutFlow: () => new Promise((resolve) => (finishLayout = resolve)),
}));

setUpCanvas();

// The pane sits under the tabs (40px down); the toolbar covers its top 60px, the minimap its corner.
const boxes: Record<string, DOMRect> = {
  'react-flow': new DOMRect(0, 40, 1280, 800),
  'canvas-toolbar': new DOMRect(8, 44, 900, 56),
  'flow-minimap': new DOMRect(1072, 692, 200, 140),
};
const original = Element.prototype.getBoundingClientRect;
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const hit = Object.keys(boxes).find((c) => this.classList.contains(c));
    return hit ? boxes[hit]! : original.call(this);
  };
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = original;
});

const wide = () =>
  project([
    message('a', 'A', { position: { x: 0, y: 0 } } as never),
    message('b', 'B', { position: { x: 3000, y: 0 } } as never),
    message('c', 'C', { position: { x: 1500, y: 3000 } } as never),
  ]);

/** The viewport as React Flow applied it (the transform of its viewport layer), once the animation ended. */
async function viewport(ui: HTMLElement) {
  await act(() => new Promise((r) => setTimeout(r, 400)));
  const style = ui.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const [, x, y, zoom] = /translate\(([-\d.]+)px, ?([-\d.]+)px\) scale\(([\d.]+)\)/.exec(style)!;
  return { x: Number(x), y: Number(y), zoom: Number(zoom) };
}

describe('zoom to fit', () => {
  it('keeps every block below the toolbar and clear of the minimap', async () => {
    const { ui } = await mountEditor(wide());
    await act(async () => ui.querySelector<HTMLButtonElement>('[data-testid="zoom-to-fit"]')!.click());
    const vp = await viewport(ui);
    const toolbarBottom = 44 + 56 - 40; // in pane coordinates
    // The flow is as tall as wide: fitted to the whole pane, it would run under the toolbar and the minimap.
    // The top block's top edge and the right block's right edge, on screen (pane coordinates).
    expect(0 * vp.zoom + vp.y).toBeGreaterThanOrEqual(toolbarBottom);
    expect((3000 + NODE_WIDTH) * vp.zoom + vp.x).toBeLessThanOrEqual(1072);
    expect(vp.zoom).toBeGreaterThan(0.1);
  });

  it('measures the overlays, and gives up only the band the minimap needs', () => {
    const overlays = measureOverlays(boxes['react-flow']!, boxes['canvas-toolbar'], boxes['flow-minimap']);
    expect(overlays).toEqual({ top: 60, corner: { width: 208, height: 148 } });
    const pane = { width: 1280, height: 800 };
    // A small flow: reading size, never zoomed in past it.
    expect(fitViewport({ x: 0, y: 0, width: 100, height: 100 }, pane, overlays, 0.1).zoom).toBe(1);
    // A tall, narrow flow fitted in the middle never reaches the minimap's corner: no room is given up.
    const tall = fitViewport({ x: 0, y: 0, width: 240, height: 4000 }, pane, overlays, 0.1);
    expect(tall.zoom).toBeCloseTo((800 - 60 - 32) / 4000, 5);
    // A wide, short one passes above the corner too.
    expect(fitViewport({ x: 0, y: 0, width: 4000, height: 240 }, pane, overlays, 0.1).zoom).toBeCloseTo(
      1248 / 4000,
      5,
    );
    // A big one would run under it: it is fitted into the band above the minimap or beside it, whichever is larger.
    const wideFit = fitViewport({ x: 0, y: 0, width: 4000, height: 2600 }, pane, overlays, 0.1);
    expect(wideFit.zoom).toBeCloseTo((1280 - 32 - 208) / 4000, 5);
  });
});

describe('Layout', () => {
  it('shows a progress bar while it runs, then moves the blocks in one step and fits them', async () => {
    const { ui, store } = await mountEditor(wide());
    const button = ui.querySelector<HTMLButtonElement>('[data-testid="auto-layout"]')!;
    await act(async () => button.click());
    expect(ui.querySelector('[data-testid="layout-progress"]')).not.toBeNull();
    expect(button.disabled).toBe(true);
    await act(async () =>
      finishLayout!(
        new Map([
          ['a', { x: 0, y: 0 }],
          ['b', { x: 0, y: 200 }],
          ['c', { x: 0, y: 400 }],
        ]),
      ),
    );
    expect(ui.querySelector('[data-testid="layout-progress"]')).toBeNull();
    expect(button.disabled).toBe(false);
    expect(store.getState().block('c')?.position).toEqual({ x: 0, y: 400 });
    expect(store.getState().undoLabel).toBe('Auto-layout');
    const vp = await viewport(ui);
    // Refitted: the column, three blocks tall, fills the free height at reading size, below the toolbar.
    expect(vp.zoom).toBe(1);
    expect(vp.y).toBeGreaterThanOrEqual(60);
  });
});
