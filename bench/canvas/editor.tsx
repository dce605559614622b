// Benchmark page: the real canvas editor (store, windowed React Flow, nodes, minimap) on a generated project.
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../../renderer/styles.css';
import { CanvasView } from '../../renderer/canvas/CanvasView';
import { createEditorStore, memoryBackend, ProjectStoreProvider } from '../../renderer/state/project-store';
import { BLOCK_COUNT, exposeViewport, watchFirstShow } from './bench-probe';
import { generateProject } from './generate-flow';

function Probe() {
  const rf = useReactFlow();
  useEffect(() => exposeViewport((v) => void rf.setViewport(v)), [rf]);
  return null;
}

watchFirstShow();
const project = generateProject(BLOCK_COUNT);
const store = createEditorStore(project, { backend: memoryBackend(project) });
createRoot(document.getElementById('root')!).render(
  <ProjectStoreProvider store={store}>
    <ReactFlowProvider>
      <Probe />
      <div style={{ position: 'absolute', inset: 0 }}>
        <CanvasView />
      </div>
    </ReactFlowProvider>
  </ProjectStoreProvider>,
);
