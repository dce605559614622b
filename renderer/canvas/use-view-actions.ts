// Actions that need the viewport: the centre for new blocks, zoom to fit (clear of the toolbar and the
// minimap), auto-layout (its progress shown while elkjs works, then fitted).
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore } from '../state/app-store';
import { selectActiveFlow, useProjectStore } from '../state/project-store';
import { layoutFlow } from './auto-layout';
import { NODE_WIDTH, nodeHeight } from './block-geometry';
import { flowGraph } from './flow-graph';
import { fitViewport, measureOverlays } from './fit-viewport';

export function useViewActions() {
  const store = useProjectStore();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const setError = useAppStore((s) => s.setError);
  return useMemo(() => {
    const activeFlow = () => selectActiveFlow(store.getState());
    // The canvas pane as React Flow knows it (its own element), not found by a test id.
    const pane = () => flowStore.getState().domNode?.getBoundingClientRect();
    const actions = {
      centre() {
        const r = pane();
        return rf.screenToFlowPosition({
          x: (r?.left ?? 0) + (r?.width ?? 800) / 2,
          y: (r?.top ?? 0) + (r?.height ?? 600) / 2,
        });
      },
      zoomToFit() {
        const g = flowGraph(activeFlow());
        const el = flowStore.getState().domNode;
        if (g.positions.size === 0 || !el) return;
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
        // The toolbar and the minimap float over the pane: measured where they are drawn, not assumed.
        const canvas = el.closest('.canvas');
        const rect = el.getBoundingClientRect();
        const overlays = measureOverlays(
          rect,
          canvas?.querySelector('.canvas-toolbar')?.getBoundingClientRect(),
          canvas?.querySelector('.flow-minimap')?.getBoundingClientRect(),
        );
        const { width, height } = flowStore.getState();
        const vp = fitViewport(
          { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
          { width: rect.width || width, height: rect.height || height },
          overlays,
          flowStore.getState().minZoom,
        );
        void rf.setViewport(vp, { duration: 150 });
      },
      async autoLayout() {
        const state = store.getState();
        if (state.layoutBusy) return;
        const flow = activeFlow();
        state.setLayoutBusy(true);
        try {
          const positions = await layoutFlow(flow);
          const moves = [...positions].map(([id, position]) => ({ id, position }));
          if (moves.length) {
            const r = store.getState().apply([{ type: 'moveBlocks', moves }], 'Auto-layout');
            if (!r.ok) setError(r.error.message);
          }
          if (store.getState().activeFlow === flow.id) actions.zoomToFit();
        } catch (e) {
          setError(`Auto-layout failed: ${(e as Error).message}`);
        } finally {
          store.getState().setLayoutBusy(false);
        }
      },
    };
    return actions;
  }, [store, rf, flowStore, setError]);
}
