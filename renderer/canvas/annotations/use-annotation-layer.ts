// The canvas's notes and frames: their nodes in the current window, the handling of their React Flow
// changes (the block changes are handed back), and centring one on request (search). FlowCanvas merges
// the nodes before its block nodes and passes every node change through here first.
import { useReactFlow, type NodeChange, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import { noteSize } from '../../../engine/model';
import { useAppStore } from '../../state/app-store';
import { selectActiveFlow, useProject, useProjectStore } from '../../state/project-store';
import type { CellRange } from '../spatial-index';
import { carriedPositions, interpretAnnotationChanges } from './annotation-changes';
import { annotationIndex, annotationWindow, type AnnotationNode } from './annotation-window';

export function useAnnotationLayer(
  range: CellRange | null,
  container: RefObject<HTMLDivElement | null>,
  onViewport: (vp: Viewport) => void,
): { nodes: AnnotationNode[]; onNodesChange(changes: NodeChange[]): NodeChange[] } {
  const store = useProjectStore();
  const rf = useReactFlow();
  const setError = useAppStore((s) => s.setError);
  const flow = useProject(selectActiveFlow);
  const notes = useProject((s) => s.project.notes);
  const frames = useProject((s) => s.project.frames);
  const selected = useProject((s) => s.selectedAnnotations);
  const drag = useProject((s) => s.annotationDrag);
  const resize = useProject((s) => s.annotationResize);
  const focus = useProject((s) => s.annotationFocus);

  const index = useMemo(() => annotationIndex({ notes, frames }, flow.id), [notes, frames, flow.id]);
  const live = useMemo(
    () => carriedPositions(drag, flow.blocks, notes ?? [], frames ?? []).annotations,
    [drag, flow.blocks, notes, frames],
  );
  const nodes = useMemo(
    () => annotationWindow({ index, range, selected, drag: live, resize }),
    [index, range, selected, live, resize],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const state = store.getState();
      const { notes: n = [], frames: f = [] } = state.project;
      const known = (id: string) => n.find((x) => x.id === id) ?? f.find((x) => x.id === id);
      const outcome = interpretAnnotationChanges(changes, { drag: state.annotationDrag, known });
      if (outcome.select.add.length) state.selectAnnotations(outcome.select.add, 'add');
      if (outcome.select.remove.length) state.selectAnnotations(outcome.select.remove, 'remove');
      if (outcome.drag && outcome.drag.size > 0) {
        state.setAnnotationDrag(outcome.drag);
        state.setDragPositions(carriedPositions(outcome.drag, selectActiveFlow(state).blocks, n, f).blocks);
      }
      if (outcome.command) {
        const result = state.apply([outcome.command.command], outcome.command.label);
        if (!result.ok) setError(result.error.message);
      }
      if (outcome.drag && outcome.drag.size === 0) {
        state.setAnnotationDrag(outcome.drag);
        if (state.annotationDrag.size || state.dragPositions.size) state.setDragPositions(new Map());
      }
      return outcome.rest;
    },
    [store, setError],
  );

  useEffect(() => {
    if (!focus) return;
    const item = index.notes.get(focus.id) ?? index.frames.get(focus.id);
    if (!item) return;
    const size = 'title' in item ? item.size : noteSize(item);
    const el = container.current;
    const zoom = Math.min(Math.max(rf.getViewport().zoom, 0.5), 1);
    const vp = {
      x: (el?.clientWidth ?? 800) / 2 - (item.position.x + size.width / 2) * zoom,
      y: (el?.clientHeight ?? 600) / 2 - (item.position.y + size.height / 2) * zoom,
      zoom,
    };
    void rf.setViewport(vp);
    onViewport(vp);
  }, [focus, index]); // eslint-disable-line react-hooks/exhaustive-deps

  return { nodes, onNodesChange };
}
