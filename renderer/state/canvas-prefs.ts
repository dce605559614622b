// Canvas preferences of this machine (docs: README "The canvas"): what the mouse wheel does on the canvas.
// Saved to localStorage beside the theme and the panel sizes on every change, never in the project file;
// what is read back is checked (a hand-edited or stale value falls back to the default).
import { z } from 'zod';
import { create } from 'zustand';

/** zoom: the wheel zooms (Chatlayer's and React Flow's default); pan: it scrolls the canvas, Shift sideways, Ctrl zooms. */
export const WHEEL_MODES = ['zoom', 'pan'] as const;
export type WheelMode = (typeof WHEEL_MODES)[number];

export const CANVAS_PREFS_KEY = 'botloom.canvas';

const CanvasPrefs = z.object({ wheel: z.enum(WHEEL_MODES).catch('zoom') });
export type CanvasPrefs = z.infer<typeof CanvasPrefs>;
export const DEFAULT_CANVAS_PREFS: CanvasPrefs = { wheel: 'zoom' };

export function parseCanvasPrefs(raw: string | null): CanvasPrefs {
  if (raw === null) return DEFAULT_CANVAS_PREFS;
  try {
    const parsed = CanvasPrefs.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_CANVAS_PREFS;
  } catch {
    return DEFAULT_CANVAS_PREFS;
  }
}

/** React Flow's wheel props for a mode: panning by wheel leaves zooming to Ctrl+wheel (a pinch). */
export function wheelProps(wheel: WheelMode): { panOnScroll: boolean; zoomOnScroll: boolean } {
  return wheel === 'pan'
    ? { panOnScroll: true, zoomOnScroll: false }
    : { panOnScroll: false, zoomOnScroll: true };
}

export interface CanvasPrefsState extends CanvasPrefs {
  setWheel(wheel: WheelMode): void;
}

function load(): CanvasPrefs {
  // Outside a browser (node tests) there is nothing saved.
  if (typeof localStorage === 'undefined') return DEFAULT_CANVAS_PREFS;
  return parseCanvasPrefs(localStorage.getItem(CANVAS_PREFS_KEY));
}

export const useCanvasPrefs = create<CanvasPrefsState>((set, get) => ({
  ...load(),
  setWheel(wheel) {
    const prefs: CanvasPrefs = { ...pick(get()), wheel };
    try {
      localStorage.setItem(CANVAS_PREFS_KEY, JSON.stringify(prefs));
    } catch {
      // A full or disabled storage only loses the preference, not the behaviour now.
    }
    set(prefs);
  },
}));

const pick = (s: CanvasPrefs): CanvasPrefs => ({ wheel: s.wheel });
