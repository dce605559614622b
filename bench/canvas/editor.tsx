// Benchmark page: the real canvas editor (store, windowed React Flow, nodes, minimap) on a generated project,
// with the traffic overlay painted when the address says `traffic=1`.
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../../renderer/styles.css';
import { CanvasView } from '../../renderer/canvas/CanvasView';
import { createEditorStore, memoryBackend, ProjectStoreProvider } from '../../renderer/state/project-store';
import {
  bench,
  BLOCK_COUNT,
  exposeViewport,
  frames,
  quiet,
  taskEnd,
  watchFirstShow,
  WITH_HUBS,
  WITH_TRAFFIC,
} from './bench-probe';
import { generateProject } from './generate-flow';
import { benchTrafficReport } from './traffic-report';
import { TrafficProvider } from '../../renderer/canvas/traffic/TrafficContext';
import { createTrafficController } from '../../renderer/canvas/traffic/traffic-controller';

function Probe() {
  const rf = useReactFlow();
  useEffect(() => exposeViewport((v) => void rf.setViewport(v)), [rf]);
  return null;
}

watchFirstShow();
const project = generateProject(BLOCK_COUNT, { hubs: WITH_HUBS });
const store = createEditorStore(project, { backend: memoryBackend(project) });
// `?traffic=1`: the traffic overlay on, over a report for every block and edge (computed once, as a fetch).
const traffic = WITH_TRAFFIC
  ? createTrafficController(
      { fetch: () => Promise.reject(new Error('no host')), cancel: () => undefined },
      benchTrafficReport(project),
    )
  : null;
traffic?.store.setState({ on: true });

// Following the bot: the simulator's reveal of each block it enters (or, `centre`, a centring focus
// request per turn, as the follow did before), timed to the end of the task React renders it in.
bench.follow = async (ids, centre) => {
  const turns: number[] = [];
  const movedAt: boolean[] = [];
  const at: number[] = [];
  let moved = 0;
  const viewport = () => document.querySelector('.react-flow__viewport')?.getAttribute('style');
  for (const id of ids) {
    await frames(2);
    await quiet();
    const before = viewport();
    const t0 = performance.now();
    at.push(t0);
    if (centre) store.setState({ focus: { blockId: id, nonce: (store.getState().focus?.nonce ?? 0) + 1 } });
    else store.getState().revealBlock(id);
    turns.push((await taskEnd()) - t0);
    movedAt.push(viewport() !== before);
    if (viewport() !== before) moved++;
  }
  return { turns, moved, movedAt, at };
};

createRoot(document.getElementById('root')!).render(
  <ProjectStoreProvider store={store}>
    <ReactFlowProvider>
      <Probe />
      <div style={{ position: 'absolute', inset: 0 }}>
        <TrafficProvider controller={traffic}>
          <CanvasView />
        </TrafficProvider>
      </div>
    </ReactFlowProvider>
  </ProjectStoreProvider>,
);
