// The clickable ends of the window's stubs and its bundle markers (full level of detail): hovering a stub's
// end names the far block, clicking it jumps there (centred and selected); a bundle says how many blocks
// outside the window lead into the block and lists them.
import { ViewportPortal } from '@xyflow/react';
import { memo, useState } from 'react';
import { useProjectStore } from '../../state/project-store';
import type { Bundle, Stub } from '../window-edges';

/** A bundle's list shows at most this many blocks (the rest are counted). */
export const BUNDLE_LIST_MAX = 200;

const at = (x: number, y: number) => ({ transform: `translate(${x}px, ${y}px)` });

export const StubMarkers = memo(function StubMarkers({
  stubs,
  bundles,
}: {
  stubs: Stub[];
  bundles: Bundle[];
}) {
  const store = useProjectStore();
  const [open, setOpen] = useState<string | null>(null);
  const jump = (id: string) => {
    setOpen(null);
    store.getState().focusBlock(id);
  };
  return (
    <ViewportPortal>
      {stubs.map((s) => (
        <button
          key={s.id}
          className={`stub-end stub-${s.direction} nodrag nopan`}
          style={at(s.to.x, s.to.y)}
          title={s.direction === 'out' ? `To ${s.farTitle} (${s.farId})` : `From ${s.farTitle} (${s.farId})`}
          aria-label={`${s.direction === 'out' ? 'Go to' : 'Go to the block leading here,'} ${s.farTitle}`}
          data-testid={`stub-${s.blockId}-${s.farId}`}
          onClick={(e) => {
            e.stopPropagation();
            jump(s.farId);
          }}
        />
      ))}
      {bundles.map((b) => (
        <div key={b.blockId} className="bundle nodrag nopan nowheel" style={at(b.at.x, b.at.y)}>
          <button
            className="bundle-marker"
            data-testid={`bundle-${b.blockId}`}
            aria-expanded={open === b.blockId}
            title={`${b.sources.length} blocks outside the view lead here: click to list them`}
            onClick={(e) => {
              e.stopPropagation();
              setOpen(open === b.blockId ? null : b.blockId);
            }}
          >
            from {b.sources.length} blocks
          </button>
          {open === b.blockId && (
            <ul className="bundle-list" role="list" data-testid={`bundle-list-${b.blockId}`}>
              {b.sources.slice(0, BUNDLE_LIST_MAX).map((s) => (
                <li key={s.id}>
                  <button title={s.id} onClick={() => jump(s.id)}>
                    {s.title}
                  </button>
                </li>
              ))}
              {b.sources.length > BUNDLE_LIST_MAX && (
                <li className="bundle-more">and {b.sources.length - BUNDLE_LIST_MAX} more</li>
              )}
            </ul>
          )}
        </div>
      ))}
    </ViewportPortal>
  );
});
