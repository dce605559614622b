// The workspace's panel sizes (docs/architecture.md#panels): how wide the Project and Inspector columns
// are, how tall the simulator is, and which are collapsed. A preference of this machine, kept in
// localStorage beside the theme, never in the project file. What is read back is checked and clamped:
// a hand-edited or stale value must not hide a panel or push the canvas off screen.
import { z } from 'zod';

export type Dock = 'left' | 'right' | 'bottom';
export const DOCKS: readonly Dock[] = ['left', 'right', 'bottom'];

export interface DockLayout {
  /** Width (left, right) or height (bottom) in CSS pixels, while expanded. */
  size: number;
  collapsed: boolean;
}
export type PanelLayout = Record<Dock, DockLayout>;

/** Sizes in CSS pixels: the defaults are the workspace's former fixed sizes. */
export const DOCK_LIMITS: Record<Dock, { min: number; max: number; initial: number }> = {
  left: { min: 160, max: 560, initial: 220 },
  right: { min: 240, max: 720, initial: 320 },
  bottom: { min: 120, max: 640, initial: 280 },
};
/** The width (height for the bottom panel) of a collapsed panel's strip. */
export const COLLAPSED_SIZE = 30;
/** How far one arrow key moves a splitter; with Shift, four times as far. */
export const KEY_STEP = 16;
export const LAYOUT_KEY = 'botloom.panels';

export const DEFAULT_LAYOUT: PanelLayout = {
  left: { size: DOCK_LIMITS.left.initial, collapsed: false },
  right: { size: DOCK_LIMITS.right.initial, collapsed: false },
  bottom: { size: DOCK_LIMITS.bottom.initial, collapsed: false },
};

export function clampSize(dock: Dock, size: number): number {
  const { min, max, initial } = DOCK_LIMITS[dock];
  if (!Number.isFinite(size)) return initial;
  return Math.round(Math.min(max, Math.max(min, size)));
}

const StoredDock = z.object({ size: z.number(), collapsed: z.boolean() }).partial();
const StoredLayout = z.object({ left: StoredDock, right: StoredDock, bottom: StoredDock }).partial();

/** The layout stored as `text`, each part checked on its own; anything unreadable is the default. */
export function parseLayout(text: string | null): PanelLayout {
  if (!text || text.length > 2000) return DEFAULT_LAYOUT;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_LAYOUT;
  }
  const parsed = StoredLayout.safeParse(raw);
  if (!parsed.success) return DEFAULT_LAYOUT;
  const out = { ...DEFAULT_LAYOUT };
  for (const dock of DOCKS) {
    const stored = parsed.data[dock];
    if (!stored) continue;
    out[dock] = {
      size: clampSize(dock, stored.size ?? DOCK_LIMITS[dock].initial),
      collapsed: stored.collapsed ?? false,
    };
  }
  return out;
}

/**
 * The size a splitter key asks for, or undefined for a key the splitter ignores. Arrows grow the panel
 * towards the canvas (left panel: →, right panel: ←, bottom panel: ↑); Home and End go to the limits.
 */
export function sizeForKey(dock: Dock, size: number, key: string, shift: boolean): number | undefined {
  const step = shift ? KEY_STEP * 4 : KEY_STEP;
  const grow: Record<Dock, string> = { left: 'ArrowRight', right: 'ArrowLeft', bottom: 'ArrowUp' };
  const shrink: Record<Dock, string> = { left: 'ArrowLeft', right: 'ArrowRight', bottom: 'ArrowDown' };
  if (key === grow[dock]) return clampSize(dock, size + step);
  if (key === shrink[dock]) return clampSize(dock, size - step);
  if (key === 'Home') return DOCK_LIMITS[dock].min;
  if (key === 'End') return DOCK_LIMITS[dock].max;
  return undefined;
}

/** The size a pointer drag gives: the start size plus how far the pointer moved towards the canvas. */
export function sizeForDrag(dock: Dock, startSize: number, dx: number, dy: number): number {
  const delta = dock === 'left' ? dx : dock === 'right' ? -dx : -dy;
  return clampSize(dock, startSize + delta);
}
