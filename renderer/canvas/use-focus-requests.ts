// Focus requests (a block to centre or, following the bot, to reveal) applied to the viewport without
// rendering the canvas: the store is watched directly, so a reveal of a block already in view costs a
// few comparisons, and one that moves the view only the viewport change and the window's new cells.
// A request for a block of another flow waits for the render that shows that flow. After a reveal, the
// pages the bot's next blocks would turn to are mounted in idle time (warm-pages.ts), so the turn that
// moves the view finds them mounted.
import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand';
import type { ProjectState } from '../state/project-store';
import type { ViewSlice } from '../state/project-store/view-slice';
import { nodeHeight } from './block-geometry';
import { flowGraph, type FlowGraph } from './flow-graph';
import { focusViewport } from './focus-viewport';
import type { WindowRange } from './use-window-range';
import { warmRanges } from './warm-pages';

type Focus = NonNullable<ViewSlice['focus']>;

export function useFocusRequests(
  store: StoreApi<ProjectState>,
  graph: FlowGraph,
  rf: Pick<ReactFlowInstance, 'getViewport' | 'setViewport'>,
  cells: Pick<WindowRange, 'size' | 'update' | 'rangeOf' | 'current' | 'warmPages'>,
): void {
  const graphRef = useRef(graph);
  graphRef.current = graph;
  // A request the last render cannot place (another flow, or a block added in the same update): applied
  // after the next render; `shown` when its flow was already the one shown.
  const [pending, setPending] = useState<{ focus: Focus; shown: boolean } | null>(null);

  const apply = (focus: Focus, shown: boolean) => {
    const { project, flowOfBlock } = store.getState();
    const flowId = flowOfBlock.get(focus.blockId);
    const current = graphRef.current;
    const g =
      flowId === current.flow.id
        ? current
        : flowGraph(project.flows.find((f) => f.id === flowId) ?? current.flow);
    const p = g.positions.get(focus.blockId);
    const display = g.displays.get(focus.blockId);
    if (!p || !display) return;
    const { size } = cells;
    // A reveal stays put only on the flow that was already shown (a flow switch starts at its first blocks).
    const vp = focusViewport(rf.getViewport(), size(), p, nodeHeight(display), !!focus.reveal && shown);
    const { warmPages } = cells;
    if (focus.reveal)
      warmPages.after(() =>
        graphRef.current.flow.id === flowId
          ? warmRanges(
              graphRef.current,
              focus.blockId,
              rf.getViewport(),
              size(),
              cells.current(),
              cells.rangeOf,
            )
          : [],
      );
    if (!vp) return;
    // A reveal's turn keeps the page it leaves mounted (let go at the next idle time); a centring lets go.
    if (focus.reveal) warmPages.keep(cells.current());
    else warmPages.clear();
    void rf.setViewport(vp);
    cells.update(vp);
  };
  const applyRef = useRef(apply);
  applyRef.current = apply;

  useEffect(
    () =>
      store.subscribe((s, prev) => {
        const focus = s.focus;
        if (!focus || focus === prev.focus) return;
        const shown = graphRef.current;
        // The flow shown, and the block already in its last render (not one added in this same update).
        if (s.activeFlow === prev.activeFlow && shown.positions.has(focus.blockId))
          applyRef.current(focus, true);
        else setPending({ focus, shown: s.activeFlow === prev.activeFlow });
      }),
    [store],
  );

  useEffect(() => {
    if (pending) applyRef.current(pending.focus, pending.shown);
  }, [pending]);
}
