// The project workspace: loads the project into its store, then palette and panels, canvas, inspector
// and the simulator around the canvas.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { RecentProject } from '../host';
import { CanvasView } from '../canvas/CanvasView';
import { Inspector } from '../inspector/Inspector';
import { SidePanels } from '../panels/SidePanels';
import { Panel } from '../ui/Panel';
import { ProjectStoreProvider, useProject } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { useLayoutStore } from '../state/layout-store';
import { COLLAPSED_SIZE, DOCKS, type PanelLayout } from '../state/panel-layout';
import { SyncErrorBanner } from '../ui/SyncErrorBanner';
import { FileChangedBanner } from './FileChangedBanner';
import { SimulatorPanel } from '../simulator/SimulatorPanel';
import { SimulatorProvider } from '../simulator/SimulatorContext';
import { ChatlayerProvider } from '../chatlayer/ChatlayerContext';
import { LanguageSwitcher } from '../translations/LanguageSwitcher';
import { TrafficProvider } from '../canvas/traffic/TrafficContext';
import { createWorkspace, loadWorkspace, type OpenWorkspace } from './workspace-controller';

/**
 * Sets the grid's track sizes (styles.css `.workspace`) from the layout store, outside React: dragging a
 * splitter then re-lays the grid out without re-rendering the workspace's panels on every pointer move.
 */
function applyTrackSizes(el: HTMLElement, layout: PanelLayout): void {
  for (const dock of DOCKS)
    el.style.setProperty(
      `--${dock}-size`,
      `${layout[dock].collapsed ? COLLAPSED_SIZE : layout[dock].size}px`,
    );
}

/**
 * While the open's first document still lacks its translations (document-slice's `translationsLoading`, a moment
 * after the canvas is painted), the workspace takes no input and says it is busy. If they cannot be loaded, it
 * takes input again (to look around, read the banner, dismiss it) while the store keeps refusing edits.
 */
function InertWhileLoading({ grid }: { grid: RefObject<HTMLDivElement | null> }) {
  const loading = useProject((s) => s.translationsLoading && !s.translationsFailed);
  useLayoutEffect(() => {
    const el = grid.current;
    if (!el) return;
    el.toggleAttribute('inert', loading);
    if (loading) el.setAttribute('aria-busy', 'true');
    else el.removeAttribute('aria-busy');
  }, [grid, loading]);
  return null;
}

export function Workspace({ project }: { project: RecentProject }) {
  const grid = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = grid.current;
    if (!el) return;
    applyTrackSizes(el, useLayoutStore.getState().layout);
    return useLayoutStore.subscribe((s) => applyTrackSizes(el, s.layout));
  }, []);
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
    <div className="workspace" data-testid="workspace" data-project={project.path} ref={grid}>
      {workspace ? (
        <ProjectStoreProvider store={workspace.store}>
          <SimulatorProvider controller={workspace.simulator}>
            <ChatlayerProvider controller={workspace.chatlayer}>
              <ReactFlowProvider>
                <InertWhileLoading grid={grid} />
                <LanguageSwitcher />
                <Panel title="Project" className="left-panel" testId="palette-panel" dock="left">
                  <SidePanels />
                </Panel>
                <section className="canvas-area" aria-label="Canvas">
                  <SyncErrorBanner />
                  {/\.json$/i.test(project.path) && <FileChangedBanner path={project.path} />}
                  <TrafficProvider controller={workspace.traffic}>
                    <CanvasView />
                  </TrafficProvider>
                </section>
                <Panel title="Inspector" className="right-panel" testId="inspector-panel" dock="right">
                  <Inspector />
                </Panel>
                <Panel title="Simulator" className="bottom-panel" testId="simulator-panel" dock="bottom">
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
