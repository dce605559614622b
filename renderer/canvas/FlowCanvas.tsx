// The React Flow surface of the active flow. It is a window onto the store: React Flow receives only the
// blocks in the viewport's grid cells (never the far ends of their edges: those are stubs), recomputed
// when the viewport crosses a cell or the level of detail changes; selection and drags live in the store.
import {
  ReactFlow,
  useReactFlow,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { selectActiveFlow, selectViewLanguage, useProject, useProjectStore } from '../state/project-store';
import { localizedFlow } from '../translations/localize-view';
import { useAppStore } from '../state/app-store';
import { canvasNodeTypes as nodeTypes } from './node-types';
import { flowGraph, type FlowGraph } from './flow-graph';
import { sameMembers, visibleGraph, type CanvasWindow } from './visible-graph';
import { useWindowRange } from './use-window-range';
import { WindowLayers, blockAt } from './layers/WindowLayers';
import { DotGrid } from './layers/DotGrid';
import { panLayerHandlers } from './pan-layer';
import { interpretEdgeChanges, interpretNodeChanges } from './changes-to-commands';
import { edgeTypes } from './edge-types';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { useConnectGestures } from './use-connect-gestures';
import { useFocusRequests } from './use-focus-requests';
import { addBlockAt, PALETTE_MIME } from './canvas-actions';
import type { BlockType } from '../../engine/model';
import { useAnnotationLayer } from './annotations/use-annotation-layer';
import { annotationIdOf } from './annotations/annotation-window';
import { useTraffic } from './traffic/TrafficContext';
import { TrafficLayer } from './traffic/TrafficLayer';
import { edgeCount, paintEdges } from './traffic/traffic-overlay';
import { useContextMenu } from './use-context-menu';
import { ZoomControls } from './ZoomControls';
import { inlineText } from './inline-text';
import { useCanvasPrefs, wheelProps } from '../state/canvas-prefs';
import { deleteBlocks } from './canvas-actions';

const MIN_ZOOM = 0.1;
/** A connection dropped this close to a handle (screen pixels) snaps to it; farther, on a body, see connect-gestures.ts. */
const CONNECTION_RADIUS = 30;

/** `onDelete` asks to delete the selected blocks (CanvasView's warning about dangling references). */
export function FlowCanvas({ onDelete }: { onDelete?: () => void } = {}) {
  const store = useProjectStore();
  const flow = useProject(selectActiveFlow);
  const selected = useProject((s) => s.selected);
  const dragPositions = useProject((s) => s.dragPositions);
  const theme = useAppStore((s) => s.theme);
  const setError = useAppStore((s) => s.setError);
  // In a secondary view language the nodes show that language's texts (translations/localize-view.ts).
  const viewLanguage = useProject(selectViewLanguage);
  const primary = useProject((s) => s.project.language);
  const graph = useMemo(
    () => flowGraph(viewLanguage ? localizedFlow(flow, viewLanguage, primary) : flow),
    [flow, viewLanguage, primary],
  );
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const rf = useReactFlow();
  const panLayer = useMemo(() => panLayerHandlers(container), []);
  const windowRange = useWindowRange(container, rf.getViewport);
  const { range, level, warm, update: updateRange, warmPages } = windowRange;
  // Its first page on screen: the project's first validation may run (project-store's createEditorStore).
  const measured = range !== null;
  useEffect(() => {
    if (measured) store.getState().markCanvasShown();
  }, [measured, store]);

  // Opening a flow shows its first blocks; a focus request centres its block (use-focus-requests.ts).
  useEffect(() => {
    const first = graph.flow.blocks[0];
    const p = first ? graph.positions.get(first.id)! : { x: 0, y: 0 };
    const vp = { x: -p.x + 80, y: -p.y + 60, zoom: 1 };
    void rf.setViewport(vp);
    updateRange(vp);
    warmPages.clear();
  }, [graph.flow.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useFocusRequests(store, graph, rf, windowRange);

  // The same node and edge arrays while the window's blocks stay the same (a page turn onto warm pages):
  // React Flow then has nothing to adopt, and none of its nodes or edges re-reads its store; with the same
  // graph, the very same window, so the layers drawn over it do not render either.
  const lastView = useRef<{ graph: FlowGraph; view: CanvasWindow } | null>(null);
  const view = useMemo(() => {
    const prev = lastView.current?.graph === graph ? lastView.current.view : null;
    const next = sameMembers(
      prev,
      visibleGraph({ graph, range, warm, selected, dragPositions, selectedEdge, level }),
    );
    lastView.current = { graph, view: next };
    return next;
  }, [graph, range, warm, selected, dragPositions, selectedEdge, level]);
  const { nodes: blockNodes } = view;
  // The traffic overlay: computed once per fetch, looked up here per mounted edge only.
  const trafficOn = useTraffic((s) => s.on);
  const trafficData = useTraffic((s) => s.overlay);
  const traffic = trafficOn ? trafficData : null;
  const edges = useMemo(() => paintEdges(view.edges, traffic), [view.edges, traffic]);
  const painted = useMemo(() => (traffic ? (e: Edge) => edgeCount(traffic, e) > 0 : null), [traffic]);
  // Notes and frames in view (annotations/), merged here, frames and notes under the blocks.
  const annotations = useAnnotationLayer(range, container, updateRange);
  const annotationNodes = annotations.nodes;
  const onAnnotationChanges = annotations.onNodesChange;
  const nodes = useMemo(
    () => (annotationNodes.length ? [...annotationNodes, ...blockNodes] : blockNodes),
    [annotationNodes, blockNodes],
  );

  const onNodesChange = useCallback(
    (all: NodeChange[]) => {
      const changes = onAnnotationChanges(all);
      if (changes.length === 0) return;
      const state = store.getState();
      const g = flowGraph(selectActiveFlow(state));
      const outcome = interpretNodeChanges(changes, {
        selected: state.selected,
        drag: state.dragPositions,
        positionOf: (id) => g.positions.get(id),
      });
      if (outcome.select.add.length) state.select(outcome.select.add, 'add');
      if (outcome.select.remove.length) state.select(outcome.select.remove, 'remove');
      if (outcome.command) {
        const n = outcome.command.type === 'moveBlocks' ? outcome.command.moves.length : 0;
        state.apply([outcome.command], n === 1 ? 'Move block' : `Move ${n} blocks`);
      }
      if (outcome.drag) state.setDragPositions(outcome.drag);
    },
    [store, onAnnotationChanges],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const outcome = interpretEdgeChanges(changes);
      if (outcome.selectedEdge !== undefined) setSelectedEdge(outcome.selectedEdge);
      // An edge selected alone: Delete then removes the edge, never blocks selected out of view.
      if (outcome.selectedEdge) store.getState().clearSelection();
      if (outcome.commands.length) {
        const result = store.getState().apply(outcome.commands, 'Disconnect');
        if (!result.ok) setError(result.error.message);
      }
    },
    [store, setError],
  );

  const connecting = useConnectGestures();

  const onNodeClick: NodeMouseHandler = useCallback(
    (event, node) => {
      if (annotationIdOf(node.id) !== undefined) return;
      if (!event.shiftKey) store.getState().select([node.id], 'replace');
    },
    [store],
  );
  // A message block's first text is edited on its card (inline-text.ts); other blocks open the inspector.
  const onNodeDoubleClick: NodeMouseHandler = useCallback(
    (_e, node) => {
      if (annotationIdOf(node.id) !== undefined) return;
      const state = store.getState();
      state.select([node.id], 'replace');
      const block = state.block(node.id);
      if (block && inlineText(block, null, state.project.language)) state.setInlineEdit(node.id);
      else state.requestEdit();
    },
    [store],
  );
  const contextMenu = useContextMenu(
    onDelete ?? (() => void deleteBlocks(store, [...store.getState().selected])),
  );
  const wheel = useCanvasPrefs((s) => s.wheel);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME) as BlockType;
      if (!type) return;
      event.preventDefault();
      addBlockAt(store, type, rf.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [store, rf],
  );

  return (
    <div
      className="flow-canvas"
      ref={container}
      data-testid="flow-canvas"
      data-flow={flow.id}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={connecting.onConnect}
        onConnectEnd={connecting.onConnectEnd}
        onReconnect={connecting.onReconnect}
        connectionRadius={CONNECTION_RADIUS}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={contextMenu.onNodeContextMenu}
        onEdgeContextMenu={contextMenu.onEdgeContextMenu}
        onPaneContextMenu={contextMenu.onPaneContextMenu}
        onPaneClick={(event) => {
          // At the dots level there are no nodes: a click on a block's rectangle selects it.
          const hit =
            level === 'dots'
              ? blockAt(graph, rf.screenToFlowPosition({ x: event.clientX, y: event.clientY }))
              : undefined;
          if (hit) store.getState().select([hit], 'replace');
          else store.getState().clearSelection();
          setSelectedEdge(null);
        }}
        onMove={(_e, vp) => updateRange(vp)}
        onMoveStart={(event, vp) => {
          // The user moving the view lets go of the pages mounted ahead of the bot.
          if (event) warmPages.clear();
          panLayer.onMoveStart(event, vp);
        }}
        onMoveEnd={panLayer.onMoveEnd}
        minZoom={MIN_ZOOM}
        maxZoom={2}
        zoomOnDoubleClick={false}
        {...wheelProps(wheel)}
        multiSelectionKeyCode="Shift"
        selectionKeyCode="Shift"
        deleteKeyCode={['Backspace', 'Delete']}
        colorMode={theme}
        proOptions={{ hideAttribution: true }}
      >
        <DotGrid />
        <WindowLayers graph={graph} view={view} range={range} selected={selected} painted={painted} />
        {traffic && <TrafficLayer graph={graph} view={view} range={range} overlay={traffic} />}
      </ReactFlow>
      <EdgeMarkers />
      <ZoomControls />
      {connecting.menu}
      {contextMenu.menu}
    </div>
  );
}
