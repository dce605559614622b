// React access to the open project's store: a provider, and hooks that select the smallest value needed.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { ProjectState } from './types';

const ProjectStoreContext = createContext<StoreApi<ProjectState> | null>(null);

export function ProjectStoreProvider({
  store,
  children,
}: {
  store: StoreApi<ProjectState>;
  children: ReactNode;
}) {
  return <ProjectStoreContext.Provider value={store}>{children}</ProjectStoreContext.Provider>;
}

/** The store itself, for actions and reads inside event handlers (no re-render). */
export function useProjectStore(): StoreApi<ProjectState> {
  const store = useContext(ProjectStoreContext);
  if (!store) throw new Error('useProjectStore needs a ProjectStoreProvider above it.');
  return store;
}

/** Subscribes to one selected value of the project store. */
export function useProject<T>(selector: (state: ProjectState) => T): T {
  return useStore(useProjectStore(), selector);
}
