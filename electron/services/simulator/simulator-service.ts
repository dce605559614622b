// The host's simulator.* and tests.* methods (issue 7): conversations over the open project, the
// debugger, saving a conversation as a test, and running the tests with coverage. The engine runs
// here, in the host, with the QuickJS sandbox in its worker threads, so the renderer stays responsive.
import { randomUUID } from 'node:crypto';
import type { Mock, Project, RunMode, TraceEvent } from '../../../engine/model';
import { createMockHttp, realSleep, type HttpPort } from '../../../engine/http';
import type { IntentClassifier } from '../../../engine/runtime';
import type { CodeRunner } from '../../../engine/sandbox/code-runner';
import { computeCoverage, conversationAsTest, runTests } from '../../../engine/testing';
import { HostError, type Services, type SimulatorState } from '../../api';
import type { HostEvents } from '../host-events';
import { SimulatorSession, type SessionPorts } from './simulator-session';

export interface SimulatorDeps {
  /** The current document of an open project (throws `not-found` when it is not open). */
  projectOf(path: string): Project;
  events: HostEvents;
  /** The shared code sandbox, created on first use. */
  codeRunner(): CodeRunner;
  /** Real HTTP, and real HTTP that keeps the answers as mocks. */
  liveHttp(): HttpPort;
  recordingHttp(): HttpPort & { recorded(): Mock[] };
  intents(project: Project): Promise<IntentClassifier | undefined>;
  secrets?: (name: string) => string | undefined;
  /** How long after an edit a conversation follows it, so a burst of edits replays once. Default 200 ms. */
  followDelayMs?: number;
}

type SimulatorMethodName = Extract<keyof Services, `simulator.${string}` | `tests.${string}`>;
export type SimulatorMethods = Pick<Services, SimulatorMethodName>;

export interface SimulatorService {
  methods: SimulatorMethods;
  close(): void;
}

/**
 * What a conversation runs on: the project without what only the editor reads (its tests, notes, frames and
 * block positions). Two projects with the same bot give the same string.
 */
export function botOf(project: Project): string {
  const { tests: _tests, notes: _notes, frames: _frames, ...bot } = project;
  return JSON.stringify(bot, (key, value: unknown) => (key === 'position' ? undefined : value));
}

export function createSimulatorService(deps: SimulatorDeps): SimulatorService {
  const sessions = new Map<string, SimulatorSession>();
  const runs = new Map<string, AbortController>();
  const followTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The bot each conversation runs (botOf), so an edit that leaves the bot as it was is not followed. */
  const followed = new Map<string, string>();

  const ports: SessionPorts = {
    codeRunner: deps.codeRunner(),
    http: (mode: RunMode, project) =>
      mode === 'live'
        ? deps.liveHttp()
        : mode === 'record'
          ? deps.recordingHttp()
          : createMockHttp(project.mocks, { sleep: realSleep }),
    intents: deps.intents,
    ...(deps.secrets ? { secrets: deps.secrets } : {}),
    onTrace: (id, generation, event) => deps.events.emit('simulator.trace', { id, generation, event }),
    onState: (state: SimulatorState) => deps.events.emit('simulator.state', { state }),
  };

  const session = (id: string): SimulatorSession => {
    const found = sessions.get(id);
    if (!found)
      throw new HostError('not-found', `There is no simulator conversation "${id}": start one first.`);
    return found;
  };

  const checkStart = (project: Project, startBlock: string | undefined) => {
    if (startBlock !== undefined && !project.flows.some((f) => f.blocks.some((b) => b.id === startBlock)))
      throw new HostError('invalid-input', `The project has no block "${startBlock}" to start from.`, [
        { path: 'startBlock', message: 'no such block' },
      ]);
  };

  // A conversation follows edits of its project (mocked mode replays; see SimulatorSession.follow).
  const stopListening = deps.events.listen((event, payload) => {
    if (event !== 'projects.changed') return;
    const changed = (payload as { path: string }).path;
    for (const s of sessions.values()) {
      if (s.path !== changed) continue;
      clearTimeout(followTimers.get(s.id));
      followTimers.set(
        s.id,
        setTimeout(() => {
          followTimers.delete(s.id);
          let project: Project;
          try {
            project = deps.projectOf(s.path);
          } catch {
            return; // closed meanwhile
          }
          // Saving a test, a note or a block's position changes the file, not the bot: nothing to follow.
          const bot = botOf(project);
          if (followed.get(s.id) === bot) return;
          followed.set(s.id, bot);
          void s.follow(project).catch(() => undefined);
        }, deps.followDelayMs ?? 200),
      );
    }
  });

  const methods: SimulatorMethods = {
    'simulator.start': async ({ path, ...start }) => {
      const project = deps.projectOf(path);
      checkStart(project, start.startBlock);
      const id = randomUUID();
      const { session: opened, turn } = await SimulatorSession.open(id, path, project, start, ports);
      sessions.set(id, opened);
      followed.set(id, botOf(project));
      return turn;
    },
    'simulator.restart': async ({ id, ...start }) => {
      const s = session(id);
      const project = deps.projectOf(s.path);
      checkStart(project, start.startBlock);
      followed.set(id, botOf(project));
      return s.restart(project, start);
    },
    'simulator.say': ({ id, text }) => session(id).say(text),
    'simulator.click': ({ id, title, target }) => session(id).click(title, target),
    'simulator.agentSay': ({ id, text }) => session(id).agent({ via: 'agent', text }),
    'simulator.agentClose': ({ id }) => session(id).agent({ via: 'agentClose', text: '' }),
    'simulator.resume': ({ id, step }) => session(id).resume(step),
    'simulator.setVariable': ({ id, path, value }) => session(id).setVariable(path, value),
    'simulator.setBreakpoints': ({ id, blocks }) => session(id).setBreakpoints(blocks),
    'simulator.state': ({ id }) => session(id).snapshot(),
    'simulator.stop': ({ id }) => {
      sessions.get(id)?.stop();
      sessions.delete(id);
      clearTimeout(followTimers.get(id));
      followed.delete(id);
      return {};
    },
    'simulator.saveAsTest': ({ id, name }) => {
      const s = session(id);
      const start = s.startOptions;
      // The test repeats the introduction choice only when it differs from the project's setting.
      const projectSkips = deps.projectOf(s.path).settings?.skipIntroduction === true;
      const skip = start.skipIntroduction;
      return conversationAsTest(s.events, {
        name,
        inputs: s.inputs.flatMap((i) =>
          i.via === 'text' || i.via === 'click' ? [{ via: i.via, text: i.text }] : [],
        ),
        ...(start.agentsAvailable !== undefined ? { agentsAvailable: start.agentsAvailable } : {}),
        ...(start.session ? { session: start.session } : {}),
        ...(start.startBlock ? { startBlock: start.startBlock } : {}),
        ...(start.language !== undefined && start.language !== deps.projectOf(s.path).language
          ? { language: start.language }
          : {}),
        ...(skip !== undefined && skip !== projectSkips ? { skipIntroduction: skip } : {}),
      });
    },
    'simulator.recordedMocks': ({ id }) => session(id).recordedMocks(),
    'tests.run': async ({ path, runId, grep }) => {
      if (runs.has(runId)) throw new HostError('conflict', `A test run "${runId}" is already going.`);
      const project = deps.projectOf(path);
      const abort = new AbortController();
      runs.set(runId, abort);
      const traces: (readonly TraceEvent[])[] = [];
      const progress = (done: number, total: number | null, finished: boolean) =>
        deps.events.emit('app.progress', {
          id: runId,
          label: 'Running the conversation tests',
          done,
          total,
          finished,
        });
      try {
        const intents = await deps.intents(project);
        const summary = await runTests(project, {
          codeRunner: ports.codeRunner,
          signal: abort.signal,
          ...(grep ? { grep } : {}),
          ...(intents ? { intents } : {}),
          ...(deps.secrets ? { secrets: deps.secrets } : {}),
          httpFor: (mode) => (mode === 'live' ? deps.liveHttp() : undefined),
          onTestEvents: (_index, events) => traces.push(events),
          onProgress: (p) => {
            if (p.type === 'start') progress(0, p.total, false);
            if (p.type === 'test-end') progress(p.done, p.total, false);
          },
        });
        progress(summary.results.length, summary.results.length, true);
        return { summary, coverage: computeCoverage(project, traces) };
      } finally {
        runs.delete(runId);
      }
    },
    'tests.cancel': ({ runId }) => {
      const run = runs.get(runId);
      run?.abort();
      return { cancelled: Boolean(run) };
    },
  };

  return {
    methods,
    close() {
      stopListening();
      for (const t of followTimers.values()) clearTimeout(t);
      for (const s of sessions.values()) s.stop();
      sessions.clear();
      for (const r of runs.values()) r.abort();
    },
  };
}
