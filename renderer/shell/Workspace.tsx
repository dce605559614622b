// The project workspace: palette, canvas, inspector and simulator areas around the canvas.
import type { RecentProject } from '../host';
import { CanvasView } from '../canvas/CanvasView';
import { Panel } from '../ui/Panel';

export function Workspace({ project }: { project: RecentProject }) {
  return (
    <div className="workspace" data-testid="workspace" data-project={project.path}>
      <Panel title="Blocks" className="left-panel" testId="palette-panel">
        <p className="muted small">The block palette arrives with the canvas editor.</p>
      </Panel>
      <section className="canvas-area" aria-label="Canvas">
        <CanvasView />
      </section>
      <Panel title="Inspector" className="right-panel" testId="inspector-panel">
        <p className="muted small">Select a block to edit it here (coming with the canvas editor).</p>
      </Panel>
      <Panel title="Simulator" className="bottom-panel" testId="simulator-panel">
        <p className="muted small">Talk to your bot here (coming with the simulator).</p>
      </Panel>
    </div>
  );
}
