// The canvas's zoom corner: zoom out, the zoom level (click it for 100 %), zoom in, and zoom to fit the flow;
// each button is named for screen readers and its tooltip gives the shortcut or what it does.
import { useReactFlow, useStore } from '@xyflow/react';
import { Maximize, Minus, Plus } from 'lucide-react';
import { useViewActions } from './use-view-actions';

const DURATION = 150;

/** The zoom as the corner shows it: "75 %". */
export const zoomLabel = (zoom: number) => `${Math.round(zoom * 100)} %`;

export function ZoomControls() {
  const rf = useReactFlow();
  const view = useViewActions();
  const zoom = useStore((s) => s.transform[2]);
  const minZoom = useStore((s) => s.minZoom);
  const maxZoom = useStore((s) => s.maxZoom);
  const level = zoomLabel(zoom);
  return (
    <div className="zoom-controls nodrag nopan" role="group" aria-label="Zoom" data-testid="zoom-controls">
      <button
        type="button"
        onClick={() => void rf.zoomOut({ duration: DURATION })}
        disabled={zoom <= minZoom}
        title="Zoom out"
        aria-label="Zoom out"
        data-testid="zoom-out"
      >
        <Minus aria-hidden />
      </button>
      <button
        type="button"
        className="zoom-level"
        onClick={() => void rf.zoomTo(1, { duration: DURATION })}
        title="Zoom level: click for 100 %"
        aria-label={`Zoom ${level}: reset to 100 %`}
        data-testid="zoom-level"
      >
        {level}
      </button>
      <button
        type="button"
        onClick={() => void rf.zoomIn({ duration: DURATION })}
        disabled={zoom >= maxZoom}
        title="Zoom in"
        aria-label="Zoom in"
        data-testid="zoom-in"
      >
        <Plus aria-hidden />
      </button>
      <button
        type="button"
        onClick={() => view.zoomToFit()}
        title="Zoom to fit the flow (Shift+1)"
        aria-label="Zoom to fit"
        data-testid="zoom-fit"
      >
        <Maximize aria-hidden />
      </button>
    </div>
  );
}
