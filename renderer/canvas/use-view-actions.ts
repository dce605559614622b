// Actions that need the viewport: the centre for new blocks, zoom to fit, auto-layout.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore } from '../state/app-store';
import { selectActiveFlow, useProjectStore } from '../state/project-store';
import { layoutFlow } from './auto-layout';
import { NODE_WIDTH, nodeHeight } from './block-geometry';
import { flowGraph } from './flow-graph';

export function useViewActions() {
  const store = useProjectStore();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const setError = useAppStore((s) => s.setError);
  return useMemo(() => {
    const activeFlow = () => selectActiveFlow(store.getState());
    // The canvas pane as React Flow knows it (its own element), not found by a test id.
    const pane = () => flowStore.getState().domNode?.getBoundingClientRect();
    return {
      centre() {
        const r = pane();
        return rf.screenToFlowPosition({
          x: (r?.left ?? 0) + (r?.width ?? 800) / 2,
          y: (r?.top ?? 0) + (r?.height ?? 600) / 2,
        });
      },
      zoomToFit() {
        const g = flowGraph(activeFlow());
        if (g.positions.size === 0) return;
        let x0 = Infinity,
          y0 = Infinity,
          x1 = -Infinity,
          y1 = -Infinity;
        for (const [id, p] of g.positions) {
          x0 = Math.min(x0, p.x);
          y0 = Math.min(y0, p.y);
          x1 = Math.max(x1, p.x + NODE_WIDTH);
          y1 = Math.max(y1, p.y + nodeHeight(g.displays.get(id)!));
        }
        void rf.fitBounds({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, { padding: 0.1, duration: 150 });
      },
      async autoLayout() {
        const flow = activeFlow();
        try {
          const positions = await layoutFlow(flow);
          const moves = [...positions].map(([id, position]) => ({ id, position }));
          if (moves.length) {
            const r = store.getState().apply([{ type: 'moveBlocks', moves }], 'Auto-layout');
            if (!r.ok) setError(r.error.message);
          }
        } catch (e) {
          setError(`Auto-layout failed: ${(e as Error).message}`);
        }
      },
    };
  }, [store, rf, flowStore, setError]);
}
