// Simulator slice: what the simulator shows (the conversation's trace events and state from the host),
// what the canvas reads to highlight (the running block, the visited blocks, breakpoints, coverage),
// and the last test run. The host runs the conversation; this slice only merges what it reports.
import type { SimulatorState, SimulatorTurn, TestRun } from '../../../electron/api';
import type { TraceEvent } from '../../../engine/model';
import type { SliceCreator } from './types';

export interface SimulatorSlice {
  simState: SimulatorState | null;
  /** The events of the current generation, in order, without duplicates. */
  simEvents: TraceEvent[];
  /** How many of them are errors (the console's count, kept as events arrive). */
  simErrorCount: number;
  /** The block the bot is at: paused before, running, or waiting at. */
  simCurrent: string | null;
  simVisited: ReadonlySet<string>;
  /** The view follows the running block. */
  simFollow: boolean;
  /** A call is under way (the chat input waits). */
  simBusy: boolean;
  simError: string | null;
  /** The event selected in the trace timeline, by seq. */
  simSelectedSeq: number | null;
  breakpoints: ReadonlySet<string>;
  testRun: TestRun | null;
  testsRunning: boolean;
  /** Progress of the test run under way. */
  testsProgress: { done: number; total: number | null } | null;
  /** Coverage of the last test run on the canvas: block id → visited. Null when hidden. */
  coverageOverlay: ReadonlyMap<string, boolean> | null;

  /** A call's answer: its state and events (some may have streamed already). */
  simApplyTurn(turn: SimulatorTurn): void;
  /** Streamed events of one generation, in order; false when it is newer than the one shown (the caller fetches a snapshot). */
  simApplyEvents(generation: number, events: readonly TraceEvent[]): boolean;
  simApplyState(state: SimulatorState): void;
  /** The whole conversation, replacing what is shown (a restart or a replay after an edit). */
  simReplace(turn: SimulatorTurn): void;
  simClear(): void;
  setSimBusy(busy: boolean): void;
  setSimError(error: string | null): void;
  setSimFollow(follow: boolean): void;
  selectSimEvent(seq: number | null): void;
  setBreakpoints(ids: Iterable<string>): void;
  setTestRun(run: TestRun | null): void;
  setTestsRunning(running: boolean): void;
  setTestsProgress(progress: { done: number; total: number | null } | null): void;
  showCoverage(show: boolean): void;
}

function currentBlock(state: SimulatorState | null, events: readonly TraceEvent[]): string | null {
  if (!state) return null;
  if (state.pausedAt) return state.pausedAt;
  if (state.status === 'running') {
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i]!;
      if (e.type === 'enter') return e.blockId;
    }
  }
  return state.waitingAt;
}

/** The host reports a stop twice (a streamed state, then the call's answer): the second must not redraw. */
const sameState = (shown: SimulatorState | null, next: SimulatorState) =>
  shown !== null && JSON.stringify(shown) === JSON.stringify(next);

const errorsIn = (events: readonly TraceEvent[]) => events.filter((e) => e.type === 'error').length;

function visitedOf(events: readonly TraceEvent[], base: ReadonlySet<string>): ReadonlySet<string> {
  let next: Set<string> | null = null;
  for (const e of events)
    if (e.type === 'enter' && !(next ?? base).has(e.blockId)) (next ??= new Set(base)).add(e.blockId);
  return next ?? base;
}

export const createSimulatorSlice: SliceCreator<SimulatorSlice> = (set, get) => {
  /** Appends events of the current generation that are newer than the last one shown. */
  const append = (events: readonly TraceEvent[]) => {
    const shown = get().simEvents;
    const last = shown.length > 0 ? shown[shown.length - 1]!.seq : -1;
    const fresh = events.filter((e) => e.seq > last);
    if (fresh.length === 0) return;
    const simEvents = [...shown, ...fresh];
    set({
      simEvents,
      simErrorCount: get().simErrorCount + errorsIn(fresh),
      simVisited: visitedOf(fresh, get().simVisited),
      simCurrent: currentBlock(get().simState, simEvents),
    });
  };

  return {
    simState: null,
    simEvents: [],
    simErrorCount: 0,
    simCurrent: null,
    simVisited: new Set(),
    simFollow: true,
    simBusy: false,
    simError: null,
    simSelectedSeq: null,
    breakpoints: new Set(),
    testRun: null,
    testsRunning: false,
    testsProgress: null,
    coverageOverlay: null,

    simApplyTurn(turn) {
      const shown = get().simState;
      if (shown && (shown.id !== turn.state.id || turn.state.generation > shown.generation)) {
        get().simReplace(turn);
        return;
      }
      if (shown && turn.state.generation < shown.generation) return;
      const state = sameState(shown, turn.state) ? shown! : turn.state;
      set({ simState: state });
      append(turn.events);
      set({ simCurrent: currentBlock(state, get().simEvents) });
    },
    simApplyEvents(generation, events) {
      const shown = get().simState;
      if (!shown || generation < shown.generation) return true;
      if (generation > shown.generation) return false;
      append(events);
      return true;
    },
    simApplyState(state) {
      const shown = get().simState;
      if (!shown || shown.id !== state.id || state.generation < shown.generation) return;
      if (sameState(shown, state)) return;
      set({ simState: state, simCurrent: currentBlock(state, get().simEvents) });
    },
    simReplace(turn) {
      set({
        simState: turn.state,
        simEvents: [...turn.events],
        simErrorCount: errorsIn(turn.events),
        simVisited: visitedOf(turn.events, new Set()),
        simCurrent: currentBlock(turn.state, turn.events),
        simSelectedSeq: null,
      });
    },
    simClear: () =>
      set({
        simState: null,
        simEvents: [],
        simErrorCount: 0,
        simVisited: new Set(),
        simCurrent: null,
        simSelectedSeq: null,
      }),
    setSimBusy: (simBusy) => set({ simBusy }),
    setSimError: (simError) => set({ simError }),
    setSimFollow: (simFollow) => set({ simFollow }),
    selectSimEvent: (simSelectedSeq) => set({ simSelectedSeq }),
    setBreakpoints: (ids) => set({ breakpoints: new Set(ids) }),
    setTestRun(testRun) {
      set({ testRun });
      if (get().coverageOverlay) get().showCoverage(true);
    },
    setTestsRunning: (testsRunning) =>
      set({ testsRunning, ...(testsRunning ? {} : { testsProgress: null }) }),
    setTestsProgress: (testsProgress) => set({ testsProgress }),
    showCoverage(show) {
      const run = get().testRun;
      if (!show || !run) {
        set({ coverageOverlay: null });
        return;
      }
      const overlay = new Map<string, boolean>();
      for (const id of run.coverage.blocks.visited) overlay.set(id, true);
      for (const id of run.coverage.blocks.missed) overlay.set(id, false);
      set({ coverageOverlay: overlay });
    },
  };
};
