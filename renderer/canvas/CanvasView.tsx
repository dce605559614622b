// The canvas editor of the open project: flow tabs, toolbar, the windowed React Flow surface, the
// minimap, and the overlays (search, shortcut help, delete warning).
import { useCallback, useState } from 'react';
import { FlowCanvas } from './FlowCanvas';
import { FlowTabs } from './FlowTabs';
import { CanvasToolbar } from './CanvasToolbar';
import { FlowMinimap } from './FlowMinimap';
import { SearchDialog } from './SearchDialog';
import { HelpOverlay } from './HelpOverlay';
import { DeleteDialog } from './DeleteDialog';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { useProject } from '../state/project-store';
import './canvas.css';
import './layers/window.css';

/** Needs a ProjectStoreProvider and a ReactFlowProvider above it (the workspace provides both). */
export function CanvasView() {
  const [deleting, setDeleting] = useState(false);
  const requestDelete = useCallback(() => setDeleting(true), []);
  useCanvasShortcuts(requestDelete);
  const overlay = useProject((s) => s.overlay);
  return (
    <div className="canvas" data-testid="canvas">
      <FlowTabs />
      <CanvasToolbar onDelete={requestDelete} />
      <FlowCanvas />
      <FlowMinimap />
      {overlay === 'search' && <SearchDialog />}
      {overlay === 'help' && <HelpOverlay />}
      {deleting && <DeleteDialog onClose={() => setDeleting(false)} />}
    </div>
  );
}
