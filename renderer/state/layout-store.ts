// The panel layout store (panel-layout.ts): sizes and collapsed panels of this machine, saved to
// localStorage on every change, read once at start.
import { create } from 'zustand';
import { clampSize, LAYOUT_KEY, parseLayout, type Dock, type PanelLayout } from './panel-layout';

export interface LayoutState {
  layout: PanelLayout;
  resize(dock: Dock, size: number): void;
  setCollapsed(dock: Dock, collapsed: boolean): void;
}

function load(): PanelLayout {
  // Outside a browser (node tests) there is nothing saved.
  if (typeof localStorage === 'undefined') return parseLayout(null);
  return parseLayout(localStorage.getItem(LAYOUT_KEY));
}

function save(layout: PanelLayout): void {
  try {
    localStorage.setItem(LAYOUT_KEY, JSON.stringify(layout));
  } catch {
    // A full or disabled storage only loses the preference, not the layout on screen.
  }
}

export const useLayoutStore = create<LayoutState>((set, get) => ({
  layout: load(),
  resize(dock, size) {
    const layout = { ...get().layout, [dock]: { size: clampSize(dock, size), collapsed: false } };
    save(layout);
    set({ layout });
  },
  setCollapsed(dock, collapsed) {
    const layout = { ...get().layout, [dock]: { ...get().layout[dock], collapsed } };
    save(layout);
    set({ layout });
  },
}));
