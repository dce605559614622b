// Following the bot: a reveal leaves the view alone while the block is well inside it (no pan, no
// remount), and centres it otherwise; a focus request always centres.
import { describe, expect, it } from 'vitest';
import { focusViewport, FOCUS_ZOOM, REVEAL_MARGIN } from '../../../renderer/canvas/focus-viewport';

const size = { width: 1280, height: 800 };
const vp = { x: 0, y: 0, zoom: 1 };

describe('the viewport of a focus request', () => {
  it('stays put for a reveal of a block well inside the view', () => {
    expect(focusViewport(vp, size, { x: 400, y: 300 }, 100, true)).toBeNull();
  });

  it('centres a revealed block near or past an edge, and every focused block', () => {
    const near = { x: 1280 - 240 - REVEAL_MARGIN + 1, y: 300 };
    expect(focusViewport(vp, size, near, 100, true)).toEqual({
      x: 640 - (near.x + 120),
      y: 400 - (300 + 50),
      zoom: 1,
    });
    expect(focusViewport(vp, size, { x: 400, y: 300 }, 100, false)).not.toBeNull();
  });

  it('zooms in to a readable zoom, even for a block in view', () => {
    const far = { x: 0, y: 0, zoom: 0.3 };
    expect(focusViewport(far, size, { x: 400, y: 300 }, 100, true)!.zoom).toBe(FOCUS_ZOOM);
  });
});
