// One simulator conversation (issue 7): the engine's conversation over the project being edited, in
// mocked, live or record mode, held by the debug gate at breakpoints; every call answers at the next
// stop (the bot waits, ends or pauses) and every trace event is also streamed as it happens.
import type { Json, Mock, Project, RunMode, TraceEvent } from '../../../engine/model';
import {
  createConversation,
  realClock,
  type Conversation,
  type IntentClassifier,
} from '../../../engine/runtime';
import type { HttpPort } from '../../../engine/http';
import type { CodeRunner } from '../../../engine/sandbox/code-runner';
import { HostError, type SimulatorState, type SimulatorTurn } from '../../api';
import { nextStart, startSwitches, type SessionStart } from './session-start';
import { DebugGate } from './debug-gate';

export interface SessionPorts {
  codeRunner: CodeRunner;
  /** The HTTP layer for a mode; record mode's port also reports what it recorded. */
  http(mode: RunMode, project: Project): HttpPort & { recorded?: () => Mock[] };
  intents(project: Project): Promise<IntentClassifier | undefined>;
  secrets?: (name: string) => string | undefined;
  /** Streams the events and state changes to the renderer. */
  onTrace(id: string, generation: number, event: TraceEvent): void;
  onState(state: SimulatorState): void;
}

type Input = SimulatorState['inputs'][number];

export class SimulatorSession {
  #generation = -1;
  #conversation!: Conversation;
  #http!: ReturnType<SessionPorts['http']>;
  #abort = new AbortController();
  #gate!: DebugGate;
  #busy: Promise<void> | null = null;
  #inputs: Input[] = [];
  #notice: string | null = null;
  #outdated = false;
  #start!: SessionStart & { seed: number };
  #breakpoints: string[] = [];
  #pauseWaiters: (() => void)[] = [];
  #agentsAvailable = true;

  private constructor(
    readonly id: string,
    readonly path: string,
    private readonly ports: SessionPorts,
  ) {}

  static async open(
    id: string,
    path: string,
    project: Project,
    start: SessionStart,
    ports: SessionPorts,
  ): Promise<{ session: SimulatorSession; turn: SimulatorTurn }> {
    const session = new SimulatorSession(id, path, ports);
    const turn = await session.restart(project, start);
    return { session, turn };
  }

  get generation(): number {
    return this.#generation;
  }

  get mode(): RunMode {
    return this.#start.mode;
  }

  /** A new conversation (a new generation) from the start block, with the given or the previous options. */
  async restart(project: Project, start: Partial<SessionStart> = {}): Promise<SimulatorTurn> {
    this.#teardown();
    this.#start = nextStart(this.#start as (SessionStart & { seed: number }) | undefined, start);
    if (start.breakpoints) this.#breakpoints = [...start.breakpoints];
    this.#inputs = [];
    this.#notice = null;
    this.#outdated = false;
    await this.#create(project);
    return this.#run(() => this.#conversation.start());
  }

  say(text: string): Promise<SimulatorTurn> {
    return this.#answer({ via: 'text', text });
  }

  click(title: string, target?: string): Promise<SimulatorTurn> {
    return this.#answer({ via: 'click', text: title, ...(target !== undefined ? { target } : {}) });
  }

  /** The designer as the agent of an open hand-over: writes to the user, or hands back (refused outside one). */
  agent(input: Input & { via: 'agent' | 'agentClose' }): Promise<SimulatorTurn> {
    const { status } = this.#conversation.offloading;
    if (status !== 'open')
      throw new HostError(
        'conflict',
        `No hand-over is open (offloading is ${status}): the agent can act once a Send to agent block has run.`,
      );
    return this.#answer(input);
  }

  /** Lets a paused turn go on; answers at the next stop. */
  async resume(step: boolean): Promise<SimulatorTurn> {
    const from = this.#conversation.events.length;
    if (!this.#gate.resume(step))
      throw new HostError('conflict', 'The simulator is not paused: there is nothing to continue.');
    return this.#untilStop(from);
  }

  setVariable(path: string, value: Json): SimulatorTurn {
    const from = this.#conversation.events.length;
    if (!this.#conversation.setVariable(path, value)) {
      // The engine reported why (a read-only namespace, a __proto__/constructor/prototype segment).
      const refused = this.#conversation.events.slice(from).find((e) => e.type === 'error');
      const why = refused?.type === 'error' ? refused.message : `cannot write ${path}`;
      throw new HostError(
        'invalid-input',
        `The debugger cannot set "${path}" (${why}): name a variable outside internal and secrets, as a.b.c.`,
      );
    }
    this.ports.onState(this.state());
    return { state: this.state(), events: this.#conversation.events.slice(from) };
  }

  setBreakpoints(blocks: readonly string[]): SimulatorState {
    this.#breakpoints = [...blocks];
    this.#gate.setBreakpoints(blocks);
    return this.state();
  }

  /** The whole conversation so far. */
  snapshot(): SimulatorTurn {
    return { state: this.state(), events: [...this.#conversation.events] };
  }

  get inputs(): readonly Input[] {
    return this.#inputs;
  }

  get startOptions(): SessionStart {
    return this.#start;
  }

  get events(): readonly TraceEvent[] {
    return this.#conversation.events;
  }

  /** What record mode kept, without the secrets the conversation sent: a URL's secret becomes `*` (still matching). */
  recordedMocks(): Mock[] {
    return (this.#http.recorded?.() ?? []).map((m) => ({
      ...this.#conversation.scrub(m),
      url: this.#conversation.scrub(m.url, '*'),
    }));
  }

  /**
   * The project changed. Mocked mode replays the user's inputs on the new version (deterministic:
   * same seed, mocks instead of the network); when an input no longer applies, the conversation starts
   * over. Live and record mode would repeat real requests, so they only say that a restart is needed.
   */
  async follow(project: Project): Promise<void> {
    if (this.#busy) await this.#busy.catch(() => undefined);
    if (this.#start.mode !== 'mocked') {
      this.#outdated = true;
      this.#notice =
        'The bot was edited: restart to talk to the new version (live requests are not replayed).';
      this.ports.onState(this.state());
      return;
    }
    const inputs = this.#inputs;
    this.#teardown();
    await this.#create(project, { replay: true });
    await this.#conversation.start();
    let applied = 0;
    for (const input of inputs) {
      if (this.#conversation.ended) break;
      const seen = this.#conversation.events.length;
      await this.#send(input);
      const refused = this.#conversation.events
        .slice(seen)
        .some((e) => e.type === 'error' && e.code === 'button-not-found');
      if (refused) break;
      applied += 1;
    }
    if (applied === inputs.length) {
      this.#inputs = [...inputs];
      this.#notice =
        inputs.length === 0
          ? 'The bot was edited: started again on the new version.'
          : `The bot was edited: your ${inputs.length === 1 ? 'message was' : `${inputs.length} messages were`} replayed on the new version.`;
    } else {
      const broken = inputs[applied]!;
      this.#teardown();
      await this.#create(project);
      await this.#conversation.start();
      this.#inputs = [];
      this.#notice = `The bot was edited and "${broken.text}" (message ${applied + 1}) no longer applies: the conversation started over.`;
    }
    this.#gate.disabled = false;
    this.ports.onState(this.state());
  }

  stop(): void {
    this.#teardown();
  }

  state(): SimulatorState {
    const c = this.#conversation;
    const pausedAt = this.#gate.pausedAt;
    return {
      id: this.id,
      path: this.path,
      mode: this.#start.mode,
      generation: this.#generation,
      status: pausedAt !== null ? 'paused' : this.#busy ? 'running' : c.ended ? 'ended' : 'waiting',
      waitingAt: c.waitingAt,
      pausedAt,
      startBlock: this.#start.startBlock ?? null,
      // A server may echo a secret into a stored value: what the debugger shows is scrubbed.
      session: c.scrub(c.session),
      tables: c.scrub(c.tables),
      breakpoints: [...this.#breakpoints].sort(),
      inputs: [...this.#inputs],
      offloading: (({ status, blockId, note, agentMessages }) => ({
        status,
        blockId,
        agentMessages,
        ...(note !== undefined ? { note } : {}),
      }))(this.#conversation.offloading),
      agentsAvailable: this.#agentsAvailable,
      notice: this.#notice,
      outdated: this.#outdated,
      recorded: this.recordedMocks().length,
    };
  }

  async #create(project: Project, { replay = false } = {}): Promise<void> {
    this.#generation += 1;
    const generation = this.#generation;
    this.#abort = new AbortController();
    this.#gate = new DebugGate(() => {
      if (this.#gate.pausedAt !== null) for (const wake of this.#pauseWaiters.splice(0)) wake();
      this.ports.onState(this.state());
    });
    this.#gate.setBreakpoints(this.#breakpoints);
    this.#gate.disabled = replay;
    this.#http = this.ports.http(this.#start.mode, project);
    this.#agentsAvailable = this.#start.agentsAvailable ?? project.settings?.agentsAvailable ?? true;
    const intents = await this.ports.intents(project);
    this.#conversation = createConversation(project, {
      http: this.#http,
      codeRunner: this.ports.codeRunner,
      clock: realClock,
      seed: this.#start.seed,
      signal: this.#abort.signal,
      beforeEnter: (blockId) => this.#gate.beforeEnter(blockId),
      ...(intents ? { intents } : {}),
      ...(this.ports.secrets ? { secrets: this.ports.secrets } : {}),
      ...(this.#start.session ? { session: this.#start.session } : {}),
      ...(this.#start.startBlock ? { startBlock: this.#start.startBlock } : {}),
      ...startSwitches(this.#start),
    });
    this.#conversation.onEvent((event) => {
      if (generation === this.#generation) this.ports.onTrace(this.id, generation, event);
    });
  }

  #teardown(): void {
    if (this.#generation < 0) return;
    this.#abort.abort();
    this.#gate.abandon();
    this.#busy = null;
  }

  async #answer(input: Input): Promise<SimulatorTurn> {
    if (this.#conversation.ended)
      throw new HostError('conflict', 'The conversation has ended: restart the simulator to talk again.');
    this.#inputs.push(input);
    this.#notice = null;
    return this.#run(() => this.#send(input));
  }

  #send(input: Input): Promise<unknown> {
    if (input.via === 'agent') return this.#conversation.agentSay(input.text);
    if (input.via === 'agentClose') return this.#conversation.agentClose();
    return input.via === 'click'
      ? this.#conversation.click(input.text, input.target)
      : this.#conversation.say(input.text);
  }

  /** Runs a turn and answers at its first stop: the end of the turn, or a pause on the way. */
  async #run(turn: () => Promise<unknown>): Promise<SimulatorTurn> {
    if (this.#busy) {
      const where = this.#gate.pausedAt;
      throw new HostError(
        'conflict',
        where
          ? `The bot is paused before block "${where}": continue or step first.`
          : 'The bot is still answering the previous message.',
      );
    }
    const from = this.#conversation.events.length;
    const generation = this.#generation;
    const busy = turn().then(
      () => undefined,
      (error: unknown) => {
        if (generation === this.#generation && !this.#abort.signal.aborted) throw error;
      },
    );
    this.#busy = busy;
    void busy
      .finally(() => {
        if (generation !== this.#generation || this.#busy !== busy) return;
        this.#busy = null;
        for (const wake of this.#pauseWaiters.splice(0)) wake();
        this.ports.onState(this.state());
      })
      .catch(() => undefined);
    return this.#untilStop(from);
  }

  async #untilStop(from: number): Promise<SimulatorTurn> {
    const busy = this.#busy;
    if (busy && this.#gate.pausedAt === null) {
      const paused = new Promise<void>((resolve) => this.#pauseWaiters.push(resolve));
      await Promise.race([busy, paused]);
    }
    return { state: this.state(), events: this.#conversation.events.slice(from) };
  }
}
