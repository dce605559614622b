// Panel sizes are a preference of this machine: read back checked and clamped (a stale or hand-edited
// value never hides a panel), changed by a splitter's keys and drags towards or away from the canvas.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT,
  DOCK_LIMITS,
  KEY_STEP,
  parseLayout,
  sizeForDrag,
  sizeForKey,
} from '../../../renderer/state/panel-layout';

describe('the stored panel layout', () => {
  it('reads back sizes and collapsed panels', () => {
    const layout = parseLayout(
      JSON.stringify({ left: { size: 300, collapsed: true }, right: { size: 400, collapsed: false } }),
    );
    expect(layout.left).toEqual({ size: 300, collapsed: true });
    expect(layout.right).toEqual({ size: 400, collapsed: false });
    expect(layout.bottom).toEqual(DEFAULT_LAYOUT.bottom);
  });

  it('clamps sizes out of range and falls back on anything unreadable', () => {
    const layout = parseLayout(JSON.stringify({ left: { size: 5 }, right: { size: 1e9 } }));
    expect(layout.left.size).toBe(DOCK_LIMITS.left.min);
    expect(layout.right.size).toBe(DOCK_LIMITS.right.max);
    for (const text of [null, '', 'not json', '[]', '{"left":{"size":"wide"}}', 'x'.repeat(5000)])
      expect(parseLayout(text)).toEqual(DEFAULT_LAYOUT);
  });

  it('ignores keys that are not panels, __proto__ included', () => {
    const layout = parseLayout('{"__proto__":{"polluted":1},"left":{"size":250}}');
    expect(layout.left.size).toBe(250);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.keys(layout)).toEqual(['left', 'right', 'bottom']);
  });
});

describe('a splitter', () => {
  it('grows a panel with the arrow that points at the canvas and shrinks it with the other', () => {
    expect(sizeForKey('left', 220, 'ArrowRight', false)).toBe(220 + KEY_STEP);
    expect(sizeForKey('left', 220, 'ArrowLeft', false)).toBe(220 - KEY_STEP);
    expect(sizeForKey('right', 320, 'ArrowLeft', true)).toBe(320 + 4 * KEY_STEP);
    expect(sizeForKey('bottom', 280, 'ArrowUp', false)).toBe(280 + KEY_STEP);
    expect(sizeForKey('bottom', 280, 'ArrowRight', false)).toBeUndefined();
  });

  it('goes to the limits with Home and End and never beyond them', () => {
    expect(sizeForKey('right', 320, 'Home', false)).toBe(DOCK_LIMITS.right.min);
    expect(sizeForKey('right', 320, 'End', false)).toBe(DOCK_LIMITS.right.max);
    expect(sizeForKey('left', DOCK_LIMITS.left.min, 'ArrowLeft', true)).toBe(DOCK_LIMITS.left.min);
  });

  it('follows the pointer: right for the left panel, left for the right panel, up for the simulator', () => {
    expect(sizeForDrag('left', 220, 50, 10)).toBe(270);
    expect(sizeForDrag('right', 320, -50, 0)).toBe(370);
    expect(sizeForDrag('bottom', 280, 0, -40)).toBe(320);
    expect(sizeForDrag('bottom', 280, 0, 5000)).toBe(DOCK_LIMITS.bottom.min);
  });
});
