// React access to the open project's simulator controller.
import { createContext, useContext, type ReactNode } from 'react';
import type { SimulatorController } from './simulator-controller';

const SimulatorContext = createContext<SimulatorController | null>(null);

export function SimulatorProvider({
  controller,
  children,
}: {
  controller: SimulatorController;
  children: ReactNode;
}) {
  return <SimulatorContext.Provider value={controller}>{children}</SimulatorContext.Provider>;
}

export function useSimulator(): SimulatorController {
  const controller = useContext(SimulatorContext);
  if (!controller) throw new Error('useSimulator needs a SimulatorProvider above it.');
  return controller;
}
