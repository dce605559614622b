// The canvas toolbar: undo/redo, layout (with its progress bar while it runs), align, zoom to fit, notes
// and frames, the outline, the traffic overlay (when the canvas has a traffic source), search and help
// (most also a shortcut).
import {
  Activity,
  AlignStartHorizontal,
  AlignStartVertical,
  CircleQuestionMark,
  Frame,
  LayoutGrid,
  List,
  Maximize,
  Redo2,
  Search,
  StickyNote,
  Trash,
  Undo2,
} from 'lucide-react';
import { useProject, useProjectStore } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { alignSelection } from './canvas-actions';
import { useViewActions } from './use-view-actions';
import { addFrame, addNoteAt } from './annotations/annotation-actions';
import { useTraffic, useTrafficController } from './traffic/TrafficContext';

export function CanvasToolbar({ onDelete }: { onDelete: () => void }) {
  const store = useProjectStore();
  const canUndo = useProject((s) => s.canUndo);
  const canRedo = useProject((s) => s.canRedo);
  const undoLabel = useProject((s) => s.undoLabel);
  const redoLabel = useProject((s) => s.redoLabel);
  const count = useProject((s) => s.selected.size);
  const outlineOpen = useProject((s) => s.outlineOpen);
  const layoutBusy = useProject((s) => s.layoutBusy);
  const setError = useAppStore((s) => s.setError);
  const view = useViewActions();
  const traffic = useTrafficController();
  const trafficOn = useTraffic((s) => s.on);
  const align = (a: Parameters<typeof alignSelection>[1]) => {
    const r = alignSelection(store, a);
    if (r && !r.ok) setError(r.error.message);
  };
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas tools">
      <button
        onClick={() => void store.getState().undo()}
        disabled={!canUndo}
        title={undoLabel ? `Undo ${undoLabel} (Mod+Z)` : 'Undo (Mod+Z)'}
        aria-label="Undo"
        data-testid="undo"
      >
        <Undo2 aria-hidden />
      </button>
      <button
        onClick={() => void store.getState().redo()}
        disabled={!canRedo}
        title={redoLabel ? `Redo ${redoLabel} (Mod+Shift+Z)` : 'Redo (Mod+Shift+Z)'}
        aria-label="Redo"
        data-testid="redo"
      >
        <Redo2 aria-hidden />
      </button>
      <span className="sep" />
      <button
        onClick={() => void view.autoLayout()}
        disabled={layoutBusy}
        title="Auto-layout (Shift+L), then zoom to fit"
        data-testid="auto-layout"
      >
        <LayoutGrid aria-hidden /> {layoutBusy ? 'Laying out…' : 'Layout'}
      </button>
      {layoutBusy && (
        <progress
          className="toolbar-progress"
          aria-label="Auto-layout in progress"
          data-testid="layout-progress"
        />
      )}
      <button onClick={() => view.zoomToFit()} title="Zoom to fit (Shift+1)" data-testid="zoom-to-fit">
        <Maximize aria-hidden /> Fit
      </button>
      <button
        onClick={() => align('left')}
        disabled={count < 2}
        title="Align left (Alt+A)"
        aria-label="Align left"
      >
        <AlignStartVertical aria-hidden />
      </button>
      <button
        onClick={() => align('top')}
        disabled={count < 2}
        title="Align top (Alt+W)"
        aria-label="Align top"
      >
        <AlignStartHorizontal aria-hidden />
      </button>
      <button
        onClick={onDelete}
        disabled={count === 0}
        title="Delete (Delete)"
        aria-label="Delete"
        data-testid="delete-selection"
      >
        <Trash aria-hidden />
      </button>
      <span className="sep" />
      <button
        onClick={() => {
          const r = addNoteAt(store, view.centre());
          if (!r.ok) setError(r.error.message);
        }}
        title="Add a sticky note (N)"
        data-testid="add-note"
      >
        <StickyNote aria-hidden /> Note
      </button>
      <button
        onClick={() => {
          const r = addFrame(store, view.centre());
          if (!r.ok) setError(r.error.message);
        }}
        title="Add a frame, around the selected blocks if any (F)"
        data-testid="add-frame"
      >
        <Frame aria-hidden /> Frame
      </button>
      <button
        onClick={() => store.getState().setOutlineOpen(!outlineOpen)}
        aria-pressed={outlineOpen}
        title="Outline: every block of the flow in a table (Alt+O)"
        data-testid="toggle-outline"
      >
        <List aria-hidden /> Outline
      </button>
      {traffic && (
        <button
          onClick={() => traffic.toggle()}
          aria-pressed={trafficOn}
          title="Traffic: where conversations go and where they stop (Chatlayer Analytics or pulled conversations)"
          data-testid="toggle-traffic"
        >
          <Activity aria-hidden /> Traffic
        </button>
      )}
      <span className="sep" />
      <button
        onClick={() => store.getState().setOverlay('search')}
        title="Search (Mod+K)"
        data-testid="open-search"
      >
        <Search aria-hidden /> Search
      </button>
      <button
        onClick={() => store.getState().setOverlay('help')}
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
        data-testid="open-help"
      >
        <CircleQuestionMark aria-hidden />
      </button>
    </div>
  );
}
