// React access to the canvas's traffic controller; without one (no host: the canvas benchmark without a
// report) the canvas has no Traffic toggle.
import { createContext, useContext, type ReactNode } from 'react';
import { createStore, useStore } from 'zustand';
import type { TrafficController, TrafficState } from './traffic-controller';

const TrafficContext = createContext<TrafficController | null>(null);

export function TrafficProvider({
  controller,
  children,
}: {
  controller: TrafficController | null;
  children: ReactNode;
}) {
  return <TrafficContext.Provider value={controller}>{children}</TrafficContext.Provider>;
}

export const useTrafficController = (): TrafficController | null => useContext(TrafficContext);

const OFF: TrafficState = {
  on: false,
  overlay: null,
  busy: false,
  progress: null,
  error: null,
  inputs: { since: '', source: 'auto' },
};
const offStore = createStore<TrafficState>(() => OFF);

/** One selected value of the traffic state (the off state without a controller). */
export function useTraffic<T>(selector: (state: TrafficState) => T): T {
  const controller = useContext(TrafficContext);
  return useStore(controller?.store ?? offStore, selector);
}
