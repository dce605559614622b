// Public surface of the simulator service (issue 7).
export {
  createSimulatorService,
  type SimulatorDeps,
  type SimulatorService,
  type SimulatorMethods,
} from './simulator-service';
export { lazyCodeRunner, type EnginePorts } from './engine-ports';
export { SimulatorSession, type SessionPorts } from './simulator-session';
export type { SessionStart } from './session-start';
