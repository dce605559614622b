// Following the bot: a reveal leaves the view alone while the block is well inside it (no pan, no
// remount), turns the page for a block just past an edge, and centres one farther away; a focus request
// always centres.
import { describe, expect, it } from 'vitest';
import { focusViewport, FOCUS_ZOOM, PAGE_LEAD, REVEAL_MARGIN } from '../../../renderer/canvas/focus-viewport';

const size = { width: 1280, height: 800 };
const vp = { x: 0, y: 0, zoom: 1 };

describe('the viewport of a focus request', () => {
  it('stays put for a reveal of a block well inside the view', () => {
    expect(focusViewport(vp, size, { x: 400, y: 300 }, 100, true)).toBeNull();
  });

  it('turns the page for a block just past the right edge: it lands near the left edge, y stays', () => {
    const near = { x: 1280 - 240 - REVEAL_MARGIN + 1, y: 300 };
    expect(focusViewport(vp, size, near, 100, true)).toEqual({ x: PAGE_LEAD - near.x, y: 0, zoom: 1 });
    // Following a row of blocks 320 px apart, the next two stay in view after that turn.
    const after = { x: PAGE_LEAD - near.x, y: 0, zoom: 1 };
    expect(focusViewport(after, size, { x: near.x + 320, y: 300 }, 100, true)).toBeNull();
    expect(focusViewport(after, size, { x: near.x + 640, y: 300 }, 100, true)).toBeNull();
  });

  it('turns the page the other way for a block past the left or the bottom edge', () => {
    const left = focusViewport(vp, size, { x: -100, y: 300 }, 100, true)!;
    expect(-100 + left.x + 240).toBe(1280 - PAGE_LEAD);
    expect(left.y).toBe(0);
    const below = focusViewport(vp, size, { x: 400, y: 760 }, 100, true)!;
    expect(below).toEqual({ x: 0, y: PAGE_LEAD - 760, zoom: 1 });
  });

  it('centres a revealed block more than a view away, and every focused block', () => {
    const far = { x: 5000, y: 300 };
    expect(focusViewport(vp, size, far, 100, true)).toEqual({
      x: 640 - (far.x + 120),
      y: 400 - (300 + 50),
      zoom: 1,
    });
    expect(focusViewport(vp, size, { x: 400, y: 300 }, 100, false)).toEqual({
      x: 640 - 520,
      y: 400 - 350,
      zoom: 1,
    });
  });

  it('zooms in to a readable zoom, even for a block in view', () => {
    const far = { x: 0, y: 0, zoom: 0.3 };
    expect(focusViewport(far, size, { x: 400, y: 300 }, 100, true)!.zoom).toBe(FOCUS_ZOOM);
  });
});
