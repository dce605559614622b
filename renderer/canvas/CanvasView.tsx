// The canvas editor of the open project: flow tabs, toolbar, the outline (when open) beside the windowed
// React Flow surface, the traffic panel (when on), the minimap, and the overlays (search, shortcut help,
// delete warning).
import { lazy, Suspense, useCallback, useState } from 'react';
import { FlowCanvas } from './FlowCanvas';
import { FlowTabs } from './FlowTabs';
import { CanvasToolbar } from './CanvasToolbar';
import { FlowMinimap } from './FlowMinimap';
import { SearchDialog } from './SearchDialog';
import { HelpOverlay } from './HelpOverlay';
import { DeleteDialog } from './DeleteDialog';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { useProject } from '../state/project-store';
import { useTraffic } from './traffic/TrafficContext';
import './canvas.css';
import './layers/window.css';
// Their styles lay out the canvas body too (the outline beside it, the traffic panel over it): loaded now.
import '../outline/outline.css';
import './traffic/traffic.css';

// The Translations table, the outline and the traffic panel load on first use (they stay out of the
// initial bundle, docs/architecture.md#what-the-renderer-loads-on-first-use).
const TranslationsView = lazy(() =>
  import('../translations/TranslationsView').then((m) => ({ default: m.TranslationsView })),
);
const OutlineView = lazy(() => import('../outline/OutlineView').then((m) => ({ default: m.OutlineView })));
const TrafficPanel = lazy(() => import('./traffic/TrafficPanel').then((m) => ({ default: m.TrafficPanel })));

/** Needs a ProjectStoreProvider and a ReactFlowProvider above it (the workspace provides both). */
export function CanvasView() {
  const [deleting, setDeleting] = useState(false);
  const requestDelete = useCallback(() => setDeleting(true), []);
  useCanvasShortcuts(requestDelete);
  const overlay = useProject((s) => s.overlay);
  const outlineOpen = useProject((s) => s.outlineOpen);
  const translationsOpen = useProject((s) => s.translationsOpen);
  const trafficOn = useTraffic((s) => s.on);
  return (
    <div className={`canvas${outlineOpen ? ' with-outline' : ''}`} data-testid="canvas">
      <FlowTabs />
      <CanvasToolbar onDelete={requestDelete} />
      <div className="canvas-body">
        {outlineOpen && (
          <Suspense fallback={null}>
            <OutlineView />
          </Suspense>
        )}
        <FlowCanvas onDelete={requestDelete} />
        {trafficOn && (
          <Suspense fallback={null}>
            <TrafficPanel />
          </Suspense>
        )}
      </div>
      <FlowMinimap />
      {translationsOpen && (
        <Suspense fallback={<p className="muted translations-loading">Loading the translations…</p>}>
          <TranslationsView />
        </Suspense>
      )}
      {overlay === 'search' && <SearchDialog />}
      {overlay === 'help' && <HelpOverlay />}
      {deleting && <DeleteDialog onClose={() => setDeleting(false)} />}
    </div>
  );
}
