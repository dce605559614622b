// The flow canvas (React Flow). Blocks arrive with the canvas editor; the surface is live already.
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useAppStore } from '../state/app-store';

export function CanvasView() {
  const theme = useAppStore((s) => s.theme);
  return (
    <ReactFlowProvider>
      <div className="canvas" data-testid="canvas">
        <ReactFlow nodes={[]} edges={[]} fitView colorMode={theme} proOptions={{ hideAttribution: true }}>
          <Background gap={20} />
          <MiniMap pannable zoomable />
          <Controls />
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
