// Benchmark page: bare React Flow (defaults, every node and edge handed over) with the same graph.
import {
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { blockReferences } from '../../engine/model';
import { BLOCK_COUNT, exposeViewport, watchFirstShow, WITH_HUBS } from './bench-probe';
import { generateProject } from './generate-flow';

const blocks = generateProject(BLOCK_COUNT, { hubs: WITH_HUBS }).flows[0]!.blocks;
const initialNodes: Node[] = blocks.map((b) => ({
  id: b.id,
  position: b.position!,
  data: { label: `${b.type} ${b.id}` },
}));
const edges: Edge[] = blocks.flatMap((b) =>
  blockReferences(b).map((r, i) => ({ id: `${b.id}-${i}`, source: b.id, target: r.target })),
);

function Bare() {
  const [nodes, setNodes] = useState(initialNodes);
  const rf = useReactFlow();
  useEffect(() => exposeViewport((v) => void rf.setViewport(v)), [rf]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(c: NodeChange[]) => setNodes((n) => applyNodeChanges(c, n))}
      minZoom={0.1}
    />
  );
}

watchFirstShow();
createRoot(document.getElementById('root')!).render(
  <div style={{ position: 'fixed', inset: 0 }}>
    <ReactFlowProvider>
      <Bare />
    </ReactFlowProvider>
  </div>,
);
