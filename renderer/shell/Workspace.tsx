// The project workspace: loads the project into its store, then palette and panels, canvas, inspector
// and the simulator around the canvas.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { RecentProject } from '../host';
import { CanvasView } from '../canvas/CanvasView';
import { Inspector } from '../inspector/Inspector';
import { SidePanels } from '../panels/SidePanels';
import { Panel } from '../ui/Panel';
import { ProjectStoreProvider } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { SyncErrorBanner } from '../ui/SyncErrorBanner';
import { FileChangedBanner } from './FileChangedBanner';
import { SimulatorPanel } from '../simulator/SimulatorPanel';
import { SimulatorProvider } from '../simulator/SimulatorContext';
import { ChatlayerProvider } from '../chatlayer/ChatlayerContext';
import { TrafficProvider } from '../canvas/traffic/TrafficContext';
import { createWorkspace, loadWorkspace, type OpenWorkspace } from './workspace-controller';

export function Workspace({ project }: { project: RecentProject }) {
  const [workspace, setWorkspace] = useState<OpenWorkspace | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const setError = useAppStore((s) => s.setError);

  useEffect(() => {
    let live = true;
    let created: OpenWorkspace | null = null;
    loadWorkspace(project.path).then(
      (loaded) => {
        if (!live) return;
        created = createWorkspace(project.path, loaded);
        setWorkspace(created);
      },
      (e: Error) => live && setFailure(e.message),
    );
    return () => {
      live = false;
      created?.dispose();
    };
  }, [project.path, setError]);

  return (
    <div className="workspace" data-testid="workspace" data-project={project.path}>
      {workspace ? (
        <ProjectStoreProvider store={workspace.store}>
          <SimulatorProvider controller={workspace.simulator}>
            <ChatlayerProvider controller={workspace.chatlayer}>
              <ReactFlowProvider>
                <Panel title="Project" className="left-panel" testId="palette-panel">
                  <SidePanels />
                </Panel>
                <section className="canvas-area" aria-label="Canvas">
                  <SyncErrorBanner />
                  {/\.json$/i.test(project.path) && <FileChangedBanner path={project.path} />}
                  <TrafficProvider controller={workspace.traffic}>
                    <CanvasView />
                  </TrafficProvider>
                </section>
                <Panel title="Inspector" className="right-panel" testId="inspector-panel">
                  <Inspector />
                </Panel>
                <Panel title="Simulator" className="bottom-panel" testId="simulator-panel">
                  <SimulatorPanel />
                </Panel>
              </ReactFlowProvider>
            </ChatlayerProvider>
          </SimulatorProvider>
        </ProjectStoreProvider>
      ) : (
        <section className="canvas-area" aria-label="Canvas">
          <p
            className="muted"
            style={{ padding: 16 }}
            role={failure ? 'alert' : undefined}
            data-testid="project-loading"
          >
            {failure ? `The project could not be opened: ${failure}` : 'Opening the project…'}
          </p>
        </section>
      )}
    </div>
  );
}
