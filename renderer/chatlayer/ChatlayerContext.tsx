// React access to the open project's Chatlayer controller and to the panel's state.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ChatlayerController } from './chatlayer-controller';
import type { ChatlayerPanelState } from './chatlayer-store';

const ChatlayerContext = createContext<ChatlayerController | null>(null);

export function ChatlayerProvider({
  controller,
  children,
}: {
  controller: ChatlayerController;
  children: ReactNode;
}) {
  return <ChatlayerContext.Provider value={controller}>{children}</ChatlayerContext.Provider>;
}

export function useChatlayer(): ChatlayerController {
  const controller = useContext(ChatlayerContext);
  if (!controller) throw new Error('useChatlayer needs a ChatlayerProvider above it.');
  return controller;
}

/** Subscribes to one selected value of the panel's state. */
export function useChatlayerState<T>(selector: (state: ChatlayerPanelState) => T): T {
  return useStore(useChatlayer().store, selector);
}
