// The project workspace: loads the project into its store, then palette and panels, canvas, inspector
// and the simulator around the canvas.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { host, type RecentProject } from '../host';
import { CanvasView } from '../canvas/CanvasView';
import { Inspector } from '../inspector/Inspector';
import { SidePanels } from '../panels/SidePanels';
import { Panel } from '../ui/Panel';
import { createEditorStore, ProjectStoreProvider, type EditorStore } from '../state/project-store';
import { hostBackend, loadProject } from '../state/project-store/host-backend';
import { useAppStore } from '../state/app-store';
import { SyncErrorBanner } from '../ui/SyncErrorBanner';
import { SimulatorPanel } from '../simulator/SimulatorPanel';
import { SimulatorProvider } from '../simulator/SimulatorContext';
import { createSimulatorController, type SimulatorController } from '../simulator/simulator-controller';
import { ChatlayerProvider } from '../chatlayer/ChatlayerContext';
import { createChatlayerController, type ChatlayerController } from '../chatlayer/chatlayer-controller';

export function Workspace({ project }: { project: RecentProject }) {
  const [store, setStore] = useState<EditorStore | null>(null);
  const [simulator, setSimulator] = useState<SimulatorController | null>(null);
  const [chatlayer, setChatlayer] = useState<ChatlayerController | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const setError = useAppStore((s) => s.setError);

  useEffect(() => {
    let live = true;
    let created: EditorStore | null = null;
    let controller: SimulatorController | null = null;
    let chatlayerController: ChatlayerController | null = null;
    // Validation (and its JavaScript parser) loads beside the project, outside the initial bundle.
    Promise.all([loadProject(host, project.path), import('../../engine/validate')]).then(
      ([doc, { validateProject }]) => {
        if (!live) return;
        created = createEditorStore(doc.project, {
          backend: hostBackend(host, project.path),
          confirmed: doc,
          validate: validateProject,
        });
        controller = createSimulatorController(created, host, project.path);
        chatlayerController = createChatlayerController(created, host, project.path);
        setStore(created);
        setSimulator(controller);
        setChatlayer(chatlayerController);
      },
      (e: Error) => live && setFailure(e.message),
    );
    return () => {
      live = false;
      controller?.dispose();
      chatlayerController?.dispose();
      created?.dispose();
    };
  }, [project.path, setError]);

  return (
    <div className="workspace" data-testid="workspace" data-project={project.path}>
      {store && simulator && chatlayer ? (
        <ProjectStoreProvider store={store}>
          <SimulatorProvider controller={simulator}>
            <ChatlayerProvider controller={chatlayer}>
              <ReactFlowProvider>
                <Panel title="Project" className="left-panel" testId="palette-panel">
                  <SidePanels />
                </Panel>
                <section className="canvas-area" aria-label="Canvas">
                  <SyncErrorBanner />
                  <CanvasView />
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
