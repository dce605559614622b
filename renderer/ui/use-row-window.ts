// A windowed list of fixed-height rows (the outline, the Translations table): the rows in view plus an
// overscan, how many rows a page holds, and scrolling a row into view. The body element gets `body` as its
// ref and `onScroll`; its inner spacer is `rowCount * rowHeight` tall.
import { useEffect, useRef, useState, type UIEvent } from 'react';

/** Rows drawn above and below the visible ones, so a short scroll shows no gap. */
const OVERSCAN = 8;

export function useRowWindow(rowCount: number, rowHeight: number) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Enough slots for the longest window: the rows in view (plus one cut at each edge) and both overscans.
  const slots = Math.ceil(height / rowHeight) + 2 * OVERSCAN + 1;
  return {
    body,
    onScroll: (e: UIEvent<HTMLElement>) => setScrollTop(e.currentTarget.scrollTop),
    /** The first row to draw and the one after the last. */
    first: Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN),
    last: Math.min(rowCount, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN),
    /**
     * A React key for row `i` that the rows in the window never share: a row scrolled in takes the slot of
     * one scrolled out, so React updates that row's elements instead of unmounting them and mounting new
     * ones (a fast scroll brings a new screenful every frame). A row keeps its slot while it stays in view.
     */
    slotKey: (i: number) => i % slots,
    /** Rows a Page Up/Down moves by. */
    page: Math.max(1, Math.floor(height / rowHeight) - 1),
    /** Scrolls the body as little as needed for row `i` to be in view. */
    scrollInto(i: number) {
      const el = body.current;
      if (!el) return;
      if (i * rowHeight < el.scrollTop) el.scrollTop = i * rowHeight;
      else if ((i + 1) * rowHeight > el.scrollTop + el.clientHeight)
        el.scrollTop = (i + 1) * rowHeight - el.clientHeight;
    },
  };
}
