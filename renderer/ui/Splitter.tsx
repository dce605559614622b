// The handle on a panel's inner edge (WAI-ARIA window splitter): drag it, or focus it and use the arrows
// (Shift: larger steps), Home and End; Enter collapses the panel. Sizes go through the layout store.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useLayoutStore } from '../state/layout-store';
import { DOCK_LIMITS, sizeForDrag, sizeForKey, type Dock } from '../state/panel-layout';

export function Splitter({ dock, title, controls }: { dock: Dock; title: string; controls: string }) {
  const size = useLayoutStore((s) => s.layout[dock].size);
  const resize = useLayoutStore((s) => s.resize);
  const setCollapsed = useLayoutStore((s) => s.setCollapsed);
  const drag = useRef<{ x: number; y: number; size: number } | null>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      setCollapsed(dock, true);
      return;
    }
    const next = sizeForKey(dock, size, e.key, e.shiftKey);
    if (next === undefined) return;
    e.preventDefault();
    resize(dock, next);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { x: e.clientX, y: e.clientY, size };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    resize(dock, sizeForDrag(dock, start.size, e.clientX - start.x, e.clientY - start.y));
  };
  const end = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  return (
    <div
      className={`splitter splitter-${dock}`}
      role="separator"
      tabIndex={0}
      aria-label={`Resize the ${title} panel`}
      aria-controls={controls}
      aria-orientation={dock === 'bottom' ? 'horizontal' : 'vertical'}
      aria-valuenow={size}
      aria-valuemin={DOCK_LIMITS[dock].min}
      aria-valuemax={DOCK_LIMITS[dock].max}
      title="Drag to resize; arrows resize, Enter collapses"
      data-testid={`splitter-${dock}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
    />
  );
}
