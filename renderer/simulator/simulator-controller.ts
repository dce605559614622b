// The simulator's link to the host: calls simulator.* and tests.* for the open project, listens to the
// streamed trace and state events of its conversation, and puts what comes back into the project
// store's simulator slice. Components call these actions; they never talk to the host themselves.
import type { HostClient, SimulatorTurn } from '../host';
import type { Json, RunMode, TraceEvent } from '../../engine/model';
import type { EditorStore } from '../state/project-store';

export interface StartOptions {
  mode?: RunMode;
  startBlock?: string;
  session?: Record<string, Json>;
  /** No introduction: the first message is a normal turn (default: the project's setting). */
  skipIntroduction?: boolean;
  /** Overrides the project's settings.agentsAvailable for this conversation. */
  agentsAvailable?: boolean;
  /** The conversation's language (a restart keeps the previous one); default: the project's primary language. */
  language?: string;
}

export interface SimulatorController {
  start(options?: StartOptions): Promise<void>;
  restart(options?: StartOptions): Promise<void>;
  say(text: string): Promise<void>;
  /** A button press: its title and, for a jump, its target (the postback), so a button of any turn can be pressed. */
  click(title: string, target?: string): Promise<void>;
  /** As the human agent of an open hand-over: write to the user, or hand back to the bot. */
  agentSay(text: string): Promise<void>;
  agentClose(): Promise<void>;
  resume(step: boolean): Promise<void>;
  setVariable(path: string, value: Json): Promise<void>;
  toggleBreakpoint(blockId: string): Promise<void>;
  /** Adds the conversation to the project's tests; resolves to the warnings of the conversion. */
  /**
   * Saves the conversation as a test called `name`: appended, or with `replace`, in place of the test of
   * that name (a name already taken is never overwritten silently: SaveAsTest asks first).
   */
  saveAsTest(name: string, options?: { replace?: boolean }): Promise<string[]>;
  /** Adds what record mode recorded to the project's mocks; resolves to how many. */
  keepRecordedMocks(): Promise<number>;
  runTests(grep?: string): Promise<void>;
  cancelTests(): Promise<void>;
  dispose(): void;
}

let runCounter = 0;

export function createSimulatorController(
  store: EditorStore,
  host: HostClient,
  path: string,
): SimulatorController {
  const state = () => store.getState();
  let testRunId: string | null = null;

  const id = () => state().simState?.id ?? null;
  const refresh = async () => {
    const current = id();
    if (current) state().simReplace(await host.call('simulator.state', { id: current }));
  };

  // A turn streams a burst of events, each its own message: they are applied once per frame, so the
  // chat, the trace and the canvas render once for the burst rather than once per event.
  let streamed: { from: string; generation: number; event: TraceEvent }[] = [];
  let frame: number | null = null;
  const applyStreamed = () => {
    frame = null;
    // Only the conversation still shown (a restart may have come in meanwhile), by runs of one generation.
    const batch = streamed.filter((b) => b.from === id());
    streamed = [];
    for (let i = 0; i < batch.length;) {
      const generation = batch[i]!.generation;
      let end = i;
      while (end < batch.length && batch[end]!.generation === generation) end++;
      const events = batch.slice(i, end).map((b) => b.event);
      if (!state().simApplyEvents(generation, events)) {
        void refresh();
        return;
      }
      i = end;
    }
  };
  const offTrace = host.on('simulator.trace', ({ id: from, generation, event }) => {
    if (from !== id()) return;
    streamed.push({ from, generation, event });
    frame ??= requestAnimationFrame(applyStreamed);
  });
  const offState = host.on('simulator.state', ({ state: next }) => {
    const shown = state().simState;
    if (!shown || next.id !== shown.id) return;
    if (next.generation > shown.generation) void refresh();
    else state().simApplyState(next);
  });

  const offProgress = host.on('app.progress', (p) => {
    if (p.id === testRunId && !p.finished) state().setTestsProgress({ done: p.done, total: p.total });
  });

  /** Runs a host call with the chat input held, showing its error in the panel. */
  const call = async (work: () => Promise<SimulatorTurn | void>, replace = false) => {
    state().setSimBusy(true);
    state().setSimError(null);
    try {
      const turn = await work();
      if (turn) (replace ? state().simReplace : state().simApplyTurn)(turn);
    } catch (error) {
      state().setSimError(error instanceof Error ? error.message : String(error));
    } finally {
      state().setSimBusy(false);
    }
  };

  const optionsFor = (options: StartOptions) => ({
    mode: options.mode ?? state().simState?.mode ?? 'mocked',
    breakpoints: [...state().breakpoints],
    ...(options.startBlock ? { startBlock: options.startBlock } : {}),
    ...(options.session ? { session: options.session } : {}),
    ...(options.skipIntroduction !== undefined ? { skipIntroduction: options.skipIntroduction } : {}),
    ...(options.language !== undefined ? { language: options.language } : {}),
    ...(options.agentsAvailable !== undefined
      ? { agentsAvailable: options.agentsAvailable }
      : state().simState &&
          state().simState!.agentsAvailable !== (state().project.settings?.agentsAvailable ?? true)
        ? { agentsAvailable: state().simState!.agentsAvailable }
        : {}),
  });

  const controller: SimulatorController = {
    start: (options = {}) =>
      call(async () => {
        // Edits still on their way to the host would otherwise be missing from the conversation.
        await store.whenSynced();
        const previous = id();
        if (previous) await host.call('simulator.stop', { id: previous });
        state().simClear();
        return host.call('simulator.start', { path, ...optionsFor(options) });
      }, true),
    restart: (options = {}) => {
      const current = id();
      if (!current) return controller.start(options);
      return call(async () => {
        await store.whenSynced();
        return host.call('simulator.restart', {
          id: current,
          ...optionsFor(options),
          // A plain restart keeps where it started; "start here" passes its block.
          ...(options.startBlock === undefined && state().simState?.startBlock
            ? { startBlock: state().simState!.startBlock! }
            : {}),
        });
      }, true);
    },
    say: (text) => call(async () => (id() ? host.call('simulator.say', { id: id()!, text }) : undefined)),
    click: (title, target) =>
      call(async () =>
        id()
          ? host.call('simulator.click', { id: id()!, title, ...(target !== undefined ? { target } : {}) })
          : undefined,
      ),
    agentSay: (text) =>
      call(async () => (id() ? host.call('simulator.agentSay', { id: id()!, text }) : undefined)),
    agentClose: () => call(async () => (id() ? host.call('simulator.agentClose', { id: id()! }) : undefined)),
    resume: (step) =>
      call(async () => (id() ? host.call('simulator.resume', { id: id()!, step }) : undefined)),
    setVariable: (varPath, value) =>
      call(async () =>
        id() ? host.call('simulator.setVariable', { id: id()!, path: varPath, value }) : undefined,
      ),
    async toggleBreakpoint(blockId) {
      const next = new Set(state().breakpoints);
      if (next.has(blockId)) next.delete(blockId);
      else next.add(blockId);
      state().setBreakpoints(next);
      const current = id();
      if (current) {
        const updated = await host.call('simulator.setBreakpoints', { id: current, blocks: [...next] });
        state().simApplyState(updated);
      }
    },
    async saveAsTest(name, options = {}) {
      const current = id();
      if (!current) throw new Error('Start a conversation first.');
      const { test, warnings } = await host.call('simulator.saveAsTest', { id: current, name });
      const tests = state().project.tests;
      const existing = tests.findIndex((t) => t.name === name);
      if (existing >= 0 && !options.replace)
        throw new Error(`A test called "${name}" exists already: replace it or choose another name.`);
      const index = existing >= 0 ? existing : tests.length;
      const result = state().apply(
        [{ type: 'setTest', test, index }],
        existing >= 0
          ? `Replace test "${name}" with the conversation`
          : `Save conversation as test "${name}"`,
      );
      if (!result.ok) throw new Error(result.error.message);
      return warnings;
    },
    async keepRecordedMocks() {
      const current = id();
      if (!current) return 0;
      const mocks = await host.call('simulator.recordedMocks', { id: current });
      if (mocks.length === 0) return 0;
      const result = state().apply(
        mocks.map((mock) => ({ type: 'setMock' as const, mock })),
        `Keep ${mocks.length} recorded answer${mocks.length === 1 ? '' : 's'} as mocks`,
      );
      if (!result.ok) throw new Error(result.error.message);
      return mocks.length;
    },
    async runTests(grep) {
      if (testRunId) return;
      const runId = `tests-${Date.now()}-${++runCounter}`;
      testRunId = runId;
      state().setTestsRunning(true);
      state().setSimError(null);
      try {
        await store.whenSynced();
        const run = await host.call('tests.run', { path, runId, ...(grep ? { grep } : {}) });
        state().setTestRun(run);
      } catch (error) {
        state().setSimError(error instanceof Error ? error.message : String(error));
      } finally {
        testRunId = null;
        state().setTestsRunning(false);
      }
    },
    async cancelTests() {
      if (testRunId) await host.call('tests.cancel', { runId: testRunId });
    },
    dispose() {
      if (frame !== null) cancelAnimationFrame(frame);
      offTrace();
      offState();
      offProgress();
      const current = id();
      if (current) void host.call('simulator.stop', { id: current }).catch(() => undefined);
    },
  };
  return controller;
}
