// Selection slice: the selected blocks (ids, across the store, not React Flow's node list) and the active flow.
import type { SliceCreator } from './types';

export type SelectMode = 'replace' | 'add' | 'toggle' | 'remove';

export interface SelectionSlice {
  selected: ReadonlySet<string>;
  activeFlow: string;
  select(ids: Iterable<string>, mode?: SelectMode): void;
  clearSelection(): void;
  setActiveFlow(flowId: string): void;
}

export const createSelectionSlice =
  (activeFlow: string): SliceCreator<SelectionSlice> =>
  (set, get) => ({
    selected: new Set(),
    activeFlow,
    select(ids, mode = 'replace') {
      const current = get().selected;
      const next = new Set(mode === 'replace' ? [] : current);
      for (const id of ids) {
        if (mode === 'remove' || (mode === 'toggle' && current.has(id))) next.delete(id);
        else next.add(id);
      }
      if (next.size === current.size && [...next].every((id) => current.has(id))) return;
      set({ selected: next });
    },
    clearSelection() {
      if (get().selected.size > 0) set({ selected: new Set() });
    },
    setActiveFlow(flowId) {
      if (get().activeFlow !== flowId) set({ activeFlow: flowId, selected: new Set() });
    },
  });
