// The canvas window's cells: the viewport's cell range and level of detail, recomputed when the viewport
// crosses a cell, and the warm pages mounted ahead of the bot while the simulator follows it
// (warm-pages.ts). Warm pages are taken in idle time, so a turn never waits for them. The canvas' size is
// kept from its ResizeObserver: reading clientWidth during a turn would force a layout of the whole
// canvas (about 1 ms a turn while following the bot).
import type { Viewport } from '@xyflow/react';
import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { Size } from './focus-viewport';
import { detailLevel, type DetailLevel } from './level-of-detail';
import { cellRange, sameRange, type CellRange } from './spatial-index';
import { whenIdle, type IdleHandle } from '../ui/when-idle';

const NONE: readonly CellRange[] = [];

const sameRanges = (a: readonly CellRange[], b: readonly CellRange[]) =>
  a.length === b.length && a.every((r, i) => sameRange(r, b[i]!));

export interface WarmPages {
  /** Before a reveal moves the view: the page it leaves stays mounted through this turn. */
  keep(range: CellRange | null): void;
  /** After a reveal: in idle time, the window takes the ranges `compute` gives (and lets go of the rest). */
  after(compute: () => CellRange[]): void;
  /** No warm pages (the user moved the view, or another flow is shown). */
  clear(): void;
}

export interface WindowRange {
  /** The canvas' size, as its ResizeObserver last saw it (reading it never forces a layout). */
  size(): Size;
  range: CellRange | null;
  level: DetailLevel;
  warm: readonly CellRange[];
  /** The cells a viewport shows in the canvas' current size. */
  rangeOf(vp: Viewport): CellRange | null;
  /** The range of the last viewport given to `update`. */
  current(): CellRange | null;
  update(vp: Viewport): void;
  warmPages: WarmPages;
}

type Setters = {
  setRange: (update: (prev: CellRange | null) => CellRange | null) => void;
  setLevel: (level: DetailLevel) => void;
  setWarm: (update: (prev: readonly CellRange[]) => readonly CellRange[]) => void;
};

/** The window's functions, made once per canvas: they close over its element and the state setters. */
function windowCells(container: RefObject<HTMLDivElement | null>, set: Setters) {
  let measured: Size | null = null;
  let last: CellRange | null = null;
  let idle: IdleHandle | null = null;
  const size = (): Size => {
    if (measured) return measured;
    const el = container.current;
    return { width: el?.clientWidth ?? 800, height: el?.clientHeight ?? 600 };
  };
  const rangeOf = (vp: Viewport): CellRange | null => {
    if (!container.current) return null;
    const { width, height } = size();
    return cellRange({
      x: -vp.x / vp.zoom,
      y: -vp.y / vp.zoom,
      width: width / vp.zoom,
      height: height / vp.zoom,
    });
  };
  const update = (vp: Viewport) => {
    const next = rangeOf(vp);
    if (!next) return;
    last = next;
    set.setRange((prev) => (sameRange(prev, next) ? prev : next));
    set.setLevel(detailLevel(vp.zoom));
  };
  const cancel = () => {
    idle?.cancel();
    idle = null;
  };
  const warmPages: WarmPages = {
    keep(kept) {
      if (kept) set.setWarm((prev) => (prev.some((r) => sameRange(r, kept)) ? prev : [kept, ...prev]));
    },
    after(compute) {
      cancel();
      idle = whenIdle(() => {
        idle = null;
        const next = compute();
        // A transition: React renders the pages in slices, so a key typed meanwhile is not held up.
        startTransition(() =>
          set.setWarm((prev) => (sameRanges(prev, next) ? prev : next.length ? next : NONE)),
        );
      });
    },
    clear() {
      cancel();
      set.setWarm((prev) => (prev.length ? NONE : prev));
    },
  };
  /** Watches the canvas' size (kept for `size`), recomputing the range for `viewport()`; returns the stop. */
  const observe = (viewport: () => Viewport) => {
    const el = container.current;
    if (!el) return cancel;
    const observer = new ResizeObserver(() => {
      measured = { width: el.clientWidth, height: el.clientHeight };
      update(viewport());
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancel();
    };
  };
  return { size, rangeOf, update, current: () => last, warmPages, observe };
}

/** `viewport` gives the viewport to recompute the range for when the canvas is resized (a stable function). */
export function useWindowRange(
  container: RefObject<HTMLDivElement | null>,
  viewport: () => Viewport,
): WindowRange {
  const [range, setRange] = useState<CellRange | null>(null);
  const [level, setLevel] = useState<DetailLevel>('full');
  const [warm, setWarm] = useState<readonly CellRange[]>(NONE);
  const [cells] = useState(() => windowCells(container, { setRange, setLevel, setWarm }));
  useEffect(() => cells.observe(viewport), [cells, viewport]);
  const { size, rangeOf, update, current, warmPages } = cells;
  return { size, range, level, warm, rangeOf, current, update, warmPages };
}
