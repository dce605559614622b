// The app store: theme, the open project, the start screen's recent projects, and whether the
// Documentation view is open.
import { create } from 'zustand';
import type { RecentProject } from '../host';

export type Theme = 'light' | 'dark';

function initialTheme(): Theme {
  // Outside a browser (node tests import modules that import this store) there is no saved theme.
  if (typeof localStorage === 'undefined') return 'light';
  const saved = localStorage.getItem('botloom.theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export interface AppState {
  theme: Theme;
  recents: RecentProject[];
  openProject: RecentProject | null;
  error: string | null;
  docsOpen: boolean;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  setRecents(recents: RecentProject[]): void;
  open(project: RecentProject | null): void;
  setError(error: string | null): void;
  setDocsOpen(open: boolean): void;
}

export const useAppStore = create<AppState>((set, get) => ({
  theme: initialTheme(),
  recents: [],
  openProject: null,
  error: null,
  docsOpen: false,
  setTheme(theme) {
    localStorage.setItem('botloom.theme', theme);
    set({ theme });
  },
  toggleTheme() {
    get().setTheme(get().theme === 'dark' ? 'light' : 'dark');
  },
  setRecents: (recents) => set({ recents }),
  open: (openProject) => set({ openProject }),
  setError: (error) => set({ error }),
  setDocsOpen: (docsOpen) => set({ docsOpen }),
}));
