// The canvas's context menus (context-menu-items.ts lists them, CanvasMenu.tsx draws them): a right click on
// a block, an edge or the empty canvas, or the ContextMenu key / Shift+F10 on the focused block or edge
// (else on the selected block, else for the canvas at its centre). Closing without a pick puts the focus back.
import { useReactFlow, useStoreApi, type Edge, type Node } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useAppStore } from '../state/app-store';
import { useProjectStore, type ApplyResult } from '../state/project-store';
import { annotationIdOf } from './annotations/annotation-window';
import { CanvasMenu, type MenuGroup } from './CanvasMenu';
import { blockMenu, edgeMenu, paneMenu, type MenuActions } from './context-menu-items';
import { isTextTarget } from './shortcuts';
import { useViewActions } from './use-view-actions';

interface OpenMenu {
  at: { x: number; y: number };
  label: string;
  groups: MenuGroup[];
  /** Where the focus goes back to when the menu closes. */
  returnTo: HTMLElement | SVGElement | null;
}

/** The ContextMenu key, or Shift+F10 (the same on keyboards without it). */
export const isMenuKey = (e: KeyboardEvent) =>
  (e.key === 'ContextMenu' && !e.shiftKey) ||
  (e.key === 'F10' && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey);

export function useContextMenu(requestDelete: () => void) {
  const store = useProjectStore();
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  const view = useViewActions();
  const setError = useAppStore((s) => s.setError);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  /** When the keyboard last opened a menu: the browser's own contextmenu event that may follow is ignored. */
  const keyboardAt = useRef(0);

  const actions: MenuActions = {
    store,
    report: (r: ApplyResult | undefined) => {
      if (r && !r.ok) setError(r.error.message);
    },
    requestDelete,
    zoomToFit: () => view.zoomToFit(),
    autoLayout: () => void view.autoLayout(),
  };
  const latest = useRef(actions);
  latest.current = actions;

  /** Makes a right-clicked block part of the selection (alone, unless it was selected already). */
  const selectFor = useCallback(
    (id: string) => {
      if (!store.getState().selected.has(id)) store.getState().select([id], 'replace');
    },
    [store],
  );
  const openBlock = useCallback(
    (id: string, at: { x: number; y: number }, returnTo: HTMLElement | SVGElement | null) => {
      selectFor(id);
      const name = store.getState().block(id)?.name ?? id;
      setMenu({ at, label: `Block ${name}`, groups: blockMenu(id, latest.current), returnTo });
    },
    [store, selectFor],
  );
  const openPane = useCallback(
    (at: { x: number; y: number }, returnTo: HTMLElement | SVGElement | null) => {
      const groups = paneMenu(rf.screenToFlowPosition(at), latest.current);
      setMenu({ at, label: 'Canvas', groups, returnTo });
    },
    [rf],
  );
  const fromKeyboard = () => performance.now() - keyboardAt.current < 500;

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: Node) => {
      event.preventDefault();
      if (fromKeyboard() || annotationIdOf(node.id) !== undefined) return;
      const returnTo = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      openBlock(node.id, { x: event.clientX, y: event.clientY }, returnTo);
    },
    [openBlock],
  );
  const openEdge = useCallback(
    (edge: Edge, at: { x: number; y: number }, returnTo: HTMLElement | SVGElement | null) =>
      setMenu({
        at,
        label: `Edge from ${edge.source} to ${edge.target}`,
        groups: edgeMenu(edge, latest.current),
        returnTo,
      }),
    [],
  );
  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: Edge) => {
      event.preventDefault();
      if (fromKeyboard()) return;
      const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      openEdge(edge, { x: event.clientX, y: event.clientY }, returnTo);
    },
    [openEdge],
  );
  const onPaneContextMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent) => {
      event.preventDefault();
      if (fromKeyboard()) return;
      const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      openPane({ x: event.clientX, y: event.clientY }, returnTo);
    },
    [openPane],
  );

  // The keyboard: on the focused edge or block, else the one selected block, else the canvas.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isMenuKey(e) || isTextTarget(e.target)) return;
      const state = store.getState();
      if (state.overlay || state.translationsOpen) return;
      const focus = document.activeElement;
      const active = focus instanceof HTMLElement || focus instanceof SVGElement ? focus : null;
      const pane = flowStore.getState().domNode;
      const inCanvas = !!active && !!pane?.contains(active);
      if (active && !inCanvas && active !== document.body) return;
      // A focused edge (Tab reaches edges too): its own menu, by its middle.
      const edgeEl = active?.closest<SVGElement>('.react-flow__edge');
      const edge = edgeEl?.dataset.id ? rf.getEdge(edgeEl.dataset.id) : undefined;
      if (edgeEl && edge) {
        e.preventDefault();
        keyboardAt.current = performance.now();
        const r = edgeEl.getBoundingClientRect();
        return openEdge(edge, { x: r.left + r.width / 2, y: r.top + r.height / 2 }, edgeEl);
      }
      const nodeEl = active?.closest<HTMLElement>('.react-flow__node');
      const focused = nodeEl?.dataset.id;
      const id =
        focused && state.flowOfBlock.has(focused)
          ? focused
          : state.selected.size === 1
            ? [...state.selected][0]!
            : undefined;
      e.preventDefault();
      keyboardAt.current = performance.now();
      const blockEl = id
        ? (nodeEl ?? pane?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`))
        : null;
      if (id && blockEl) {
        const r = blockEl.getBoundingClientRect();
        return openBlock(id, { x: r.left + 16, y: r.top + 30 }, blockEl);
      }
      const r = pane?.getBoundingClientRect();
      openPane(
        { x: (r?.left ?? 0) + (r?.width ?? 800) / 2, y: (r?.top ?? 0) + (r?.height ?? 600) / 2 },
        active,
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, flowStore, rf, openBlock, openEdge, openPane]);

  const close = useCallback(
    (restore: boolean) => {
      const returnTo = menu?.returnTo;
      setMenu(null);
      // The browser's own contextmenu event after Shift+F10 arrives while the menu is open; once it is
      // closed, a right click is a right click, however soon (a quick one was swallowed).
      keyboardAt.current = 0;
      if (restore && returnTo?.isConnected) returnTo.focus();
    },
    [menu],
  );
  const element = menu && (
    <CanvasMenu
      at={menu.at}
      label={menu.label}
      testId="context-menu"
      onClose={(reason) => close(reason === 'key')}
      groups={menu.groups.map((g) => ({
        ...g,
        items: g.items.map((i) => ({
          ...i,
          onSelect: () => {
            close(true);
            i.onSelect();
          },
        })),
      }))}
    />
  );
  return { onNodeContextMenu, onEdgeContextMenu, onPaneContextMenu, menu: element };
}
