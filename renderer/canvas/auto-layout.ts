// Auto-layout of a flow with elkjs (layered, top to bottom), run in a web worker so the UI stays fluid.
// elkjs and its worker are loaded on first use only.
import type { Flow, Position } from '../../engine/model';
import { blockDisplay } from './block-display';
import { NODE_WIDTH, nodeHeight } from './block-geometry';
import { flowGraph } from './flow-graph';

export async function layoutFlow(flow: Flow, signal?: AbortSignal): Promise<Map<string, Position>> {
  const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  const elk = new ELK({ workerFactory: () => new Worker(workerUrl) });
  const graph = flowGraph(flow);
  const abort = () => elk.terminateWorker();
  signal?.addEventListener('abort', abort);
  try {
    const result = await elk.layout({
      id: flow.id,
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.spacing.nodeNode': '60',
        'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      },
      children: flow.blocks.map((b) => ({
        id: b.id,
        width: NODE_WIDTH,
        height: nodeHeight(blockDisplay(b)),
      })),
      edges: [...graph.outgoing.values()]
        .flat()
        .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
    });
    signal?.throwIfAborted();
    return new Map(
      (result.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]),
    );
  } finally {
    signal?.removeEventListener('abort', abort);
    elk.terminateWorker();
  }
}
