// The simulator part of the host contract (issue 7, docs/architecture.md#the-simulator): conversations with the project being
// edited, run by the engine in the host; the debugger's breakpoints and stepping; saving a conversation
// as a test; running the tests with coverage. Trace events stream as `simulator.trace` events as well.
import { z } from 'zod';
import {
  BlockId,
  ConversationTest,
  Coverage,
  Json,
  LanguageTag,
  Mock,
  RunMode,
  TableRow,
  TestRunSummary,
  TraceEvent,
} from '../../engine/model';

export const SimulatorId = z.string().min(1).max(64);

export const SimulatorStatus = z.enum(['running', 'paused', 'waiting', 'ended']);
export type SimulatorStatus = z.infer<typeof SimulatorStatus>;

export const SimulatorState = z.object({
  id: SimulatorId,
  path: z.string(),
  mode: RunMode,
  /** Grows by one on each restart or replay: events of an older generation are stale. */
  generation: z.number().int().min(0),
  status: SimulatorStatus,
  /** The block the bot waits at for the user. */
  waitingAt: z.string().nullable(),
  /** The block the debugger stopped before (a breakpoint or a step). */
  pausedAt: z.string().nullable(),
  startBlock: z.string().nullable(),
  session: z.record(z.string(), Json),
  /** This conversation's copy of the project tables, rows by table name (docs/file-format.md#tables). */
  tables: z.record(z.string(), z.array(TableRow)).optional(),
  breakpoints: z.array(z.string()),
  /** The user's messages and clicks, and the agent's messages and hand-back (agentClose), so far, in order. */
  inputs: z.array(
    z.object({
      via: z.enum(['text', 'click', 'agent', 'agentClose']),
      text: z.string(),
      target: BlockId.optional(),
    }),
  ),
  /** The hand-over state (docs/file-format.md#human-hand-over): while `open`, the chat shows the agent lane. */
  offloading: z.object({
    status: z.enum(['none', 'open', 'disabled', 'closed']),
    blockId: z.string().nullable(),
    note: z.string().optional(),
    agentMessages: z.number().int().min(0),
  }),
  /** False when the simulator plays "no agent available": Send to agent runs Offloading disabled. */
  agentsAvailable: z.boolean(),
  /** Why the conversation changed under the user (an edit replayed it, or it needs a restart). */
  notice: z.string().nullable(),
  /** True when the project changed and this conversation cannot follow (live or record mode). */
  outdated: z.boolean(),
  /** Answers recorded in record mode, as mocks. */
  recorded: z.number().int().min(0),
});
export type SimulatorState = z.infer<typeof SimulatorState>;

/** A call's answer: the state at the next stop (waiting, ended or paused) and the events until then. */
export const SimulatorTurn = z.object({ state: SimulatorState, events: z.array(TraceEvent) });
export type SimulatorTurn = z.infer<typeof SimulatorTurn>;

const StartOptions = {
  mode: RunMode.default('mocked'),
  startBlock: BlockId.optional(),
  session: z.record(z.string(), Json).optional(),
  breakpoints: z.array(BlockId).max(10_000).optional(),
  /** A user-initiated channel: no introduction, the first message is a normal turn (default: the project's setting). */
  skipIntroduction: z.boolean().optional(),
  /** Seeds code blocks' Math.random and the conversation id (for replays and parity with `botloom chat --seed`). */
  /** Overrides the project's settings.agentsAvailable (the toolbar's "Agents available"). */
  agentsAvailable: z.boolean().optional(),
  /** The conversation's language (the simulator's language picker); default: the project's primary language. */
  language: LanguageTag.optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
};
const ById = z.object({ id: SimulatorId }).strict();

export const TestRunId = z.string().min(1).max(64);
export const TestRun = z.object({ summary: TestRunSummary, coverage: Coverage });
export type TestRun = z.infer<typeof TestRun>;

export const simulatorMethods = {
  'simulator.start': {
    input: z.object({ path: z.string().min(1), ...StartOptions }).strict(),
    output: SimulatorTurn,
  },
  'simulator.restart': {
    input: z.object({ id: SimulatorId, ...StartOptions }).strict(),
    output: SimulatorTurn,
  },
  'simulator.say': {
    input: z.object({ id: SimulatorId, text: z.string().max(10_000) }).strict(),
    output: SimulatorTurn,
  },
  'simulator.click': {
    /** `target`: the block the button jumps to (its postback), so a button of an earlier turn is the one pressed. */
    input: z
      .object({ id: SimulatorId, title: z.string().min(1).max(1_000), target: BlockId.optional() })
      .strict(),
    output: SimulatorTurn,
  },
  /** The designer, as the human agent of an open hand-over, writes to the user. */
  'simulator.agentSay': {
    input: z.object({ id: SimulatorId, text: z.string().min(1).max(10_000) }).strict(),
    output: SimulatorTurn,
  },
  /** The agent hands the user back to the bot: the Offloading closed block runs. */
  'simulator.agentClose': { input: z.object({ id: SimulatorId }).strict(), output: SimulatorTurn },
  /** Continues after a pause: to the next stop, or (`step`) to the entry of the next block. */
  'simulator.resume': {
    input: z.object({ id: SimulatorId, step: z.boolean().default(false) }).strict(),
    output: SimulatorTurn,
  },
  'simulator.setVariable': {
    input: z.object({ id: SimulatorId, path: z.string().min(1).max(500), value: Json }).strict(),
    output: SimulatorTurn,
  },
  'simulator.setBreakpoints': {
    input: z.object({ id: SimulatorId, blocks: z.array(BlockId).max(10_000) }).strict(),
    output: SimulatorState,
  },
  'simulator.state': { input: ById, output: SimulatorTurn },
  'simulator.stop': { input: ById, output: z.object({}) },
  'simulator.saveAsTest': {
    input: z
      .object({ id: SimulatorId, name: z.string().trim().min(1, 'give the test a name').max(200) })
      .strict(),
    output: z.object({ test: ConversationTest, warnings: z.array(z.string()) }),
  },
  'simulator.recordedMocks': { input: ById, output: z.array(Mock) },
  'tests.run': {
    input: z
      .object({ path: z.string().min(1), runId: TestRunId, grep: z.string().max(200).optional() })
      .strict(),
    output: TestRun,
  },
  'tests.cancel': {
    input: z.object({ runId: TestRunId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export const simulatorEvents = {
  'simulator.trace': z.object({ id: SimulatorId, generation: z.number().int(), event: TraceEvent }),
  'simulator.state': z.object({ state: SimulatorState }),
} as const;
