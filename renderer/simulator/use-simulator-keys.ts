// The debugger's keys, as in code debuggers: F8 continue, F10 step, F9 breakpoint on the selected block.
import { useEffect } from 'react';
import { useProjectStore } from '../state/project-store';
import { useSimulator } from './SimulatorContext';

/** For the help overlay. */
export const SIMULATOR_KEYS = [
  { keys: 'F9', description: 'Toggle a breakpoint on the selected block' },
  { keys: 'F8', description: 'Simulator: continue after a breakpoint' },
  { keys: 'F10', description: 'Simulator: step to the next block' },
] as const;

export function useSimulatorKeys(): void {
  const sim = useSimulator();
  const store = useProjectStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.key === 'F8' && s.simState?.status === 'paused') void sim.resume(false);
      else if (e.key === 'F10' && s.simState?.status === 'paused') void sim.resume(true);
      else if (e.key === 'F9' && s.selected.size === 1) void sim.toggleBreakpoint([...s.selected][0]!);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sim, store]);
}
