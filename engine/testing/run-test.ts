// Runs one conversation test (docs/file-format.md#conversation-tests): starts the conversation, then walks the steps
// (`agent` steps act as the human agent of a hand-over). Bot
// expectations consume the bot's messages in order; `user` and `click` first discard the messages not
// yet consumed. The first unmet step fails the test with expected vs actual and the block id.
import {
  SENSITIVE_PLACEHOLDER,
  type AgentAction,
  type ConversationTest,
  type TraceEventOf,
  type Project,
  type TestStep,
  type TraceEvent,
} from '../model';
import { readPath } from '../template';
import {
  createConversation,
  type Clock,
  type Conversation,
  type ConversationOptions,
  type TurnResult,
} from '../runtime';
import type { HttpPort } from '../http';
import {
  botMessageText,
  describeExpectation,
  isBotExpectation,
  meetsExpectation,
  variantsNote,
} from './bot-text';
import { checkTable } from './expect-table';
import {
  contextsMismatch,
  emailMismatch,
  entitiesMismatch,
  knowledgeSourceMismatch,
  type StepMismatch,
} from './expect-steps';
import { agentRefusal, offloadingMismatch } from './agent-steps';
import { jsonEqual } from './json-equal';
import type { TestFailure, TestResult } from './test-result';

export interface TestEnvironment extends Pick<
  ConversationOptions,
  'codeRunner' | 'intents' | 'secrets' | 'signal' | 'nlpThreshold'
> {
  http: HttpPort;
  clock: Clock;
  seed?: number;
  /** Milliseconds for durations (real time, even under a fixed conversation clock). */
  now: () => number;
  /** Gets the test's trace events once it has run (passed or failed), e.g. for coverage. */
  onEvents?: (events: readonly TraceEvent[]) => void;
}

interface Pending {
  text: string;
  blockId: string | null;
  variants?: string[];
  variant?: number;
}

class StepFailed extends Error {
  constructor(readonly failure: Omit<TestFailure, 'step' | 'stepSpec' | 'botError'>) {
    super(failure.expected);
  }
}

const quote = (value: unknown) => (value === undefined ? 'not set' : JSON.stringify(value));

function where(c: Conversation): string {
  if (c.ended) return 'the conversation had ended';
  return c.waitingAt ? `the bot waits at block "${c.waitingAt}"` : 'the bot is not waiting anywhere';
}

/** A runnable test: one conversation and the messages it sent that no step has consumed yet. */
class TestWalk {
  private pending: Pending[] = [];
  private offered: string[] = [];
  private emails: TraceEventOf<'email'>[] = [];
  private knowledge: TraceEventOf<'knowledge'>[] = [];
  /** The entities recognised in the latest turn's user message. */
  private entities: TraceEventOf<'entities'>['entities'] = [];

  constructor(
    readonly conversation: Conversation,
    /** Variables declared sensitive: their values stay out of test output (docs/file-format.md#variables-and-intents). */
    private readonly sensitive: readonly string[],
  ) {}

  private isSensitive(path: string): boolean {
    return this.sensitive.some(
      (name) => path === name || path.startsWith(`${name}.`) || name.startsWith(`${path}.`),
    );
  }

  absorb(turn: TurnResult): void {
    this.pending = [];
    this.offered = [];
    this.emails = turn.events.filter((e): e is TraceEventOf<'email'> => e.type === 'email');
    this.knowledge = turn.events.filter((e): e is TraceEventOf<'knowledge'> => e.type === 'knowledge');
    this.entities =
      turn.events.find((e): e is TraceEventOf<'entities'> => e.type === 'entities')?.entities ?? [];
    for (const e of turn.events) {
      if (e.type !== 'message') continue;
      this.pending.push({
        text: botMessageText(e.message),
        blockId: e.blockId,
        ...(e.variants ? { variants: e.variants, variant: e.variant } : {}),
      });
      const m = e.message;
      if (m.kind === 'buttons') this.offered.push(...m.buttons.map((b) => b.title));
      if (m.kind === 'quickReplies') this.offered.push(...m.replies.map((b) => b.title));
      if (m.kind === 'carousel')
        this.offered.push(...m.cards.flatMap((card) => card.buttons.map((b) => b.title)));
    }
  }

  /** Fails the step with a mismatch (at its block, else where the bot waits); passes on null. */
  private check(mismatch: StepMismatch | null): void {
    if (mismatch)
      throw new StepFailed({ ...mismatch, blockId: mismatch.blockId ?? this.conversation.waitingAt });
  }

  /** An `agent` step: the agent writes (pending bot messages stay) or hands back (its turn's messages are new). */
  private async agent(action: AgentAction): Promise<void> {
    const refused = agentRefusal(this.conversation, action);
    if (refused) throw new StepFailed(refused);
    if (typeof action === 'string') await this.conversation.agentSay(action);
    else this.absorb(await this.conversation.agentClose());
  }

  async step(step: TestStep): Promise<void> {
    const c = this.conversation;
    if (isBotExpectation(step)) {
      const expected = describeExpectation(step);
      const next = this.pending.shift();
      if (!next)
        throw new StepFailed({
          expected,
          actual: `no more bot messages (${where(c)})`,
          blockId: c.waitingAt,
        });
      const met = meetsExpectation(step, next.text);
      if (typeof met === 'object') {
        throw new StepFailed({
          expected,
          actual: `the pattern is not a valid regular expression: ${met.invalidRegex}`,
          blockId: next.blockId,
        });
      }
      if (!met)
        throw new StepFailed({
          expected,
          actual: JSON.stringify(next.text) + variantsNote(next.variants, next.variant),
          blockId: next.blockId,
        });
      return;
    }
    if ('user' in step) return this.absorb(await c.say(step.user));
    if ('click' in step) {
      const offered = this.offered;
      const turn = await c.click(step.click);
      if (turn.events.some((e) => e.type === 'error' && e.code === 'button-not-found')) {
        const choices = offered.length
          ? `the latest messages offer ${offered.map((t) => JSON.stringify(t)).join(', ')}`
          : 'the latest messages offer no buttons';
        throw new StepFailed({
          expected: `a button or quick reply titled ${JSON.stringify(step.click)}`,
          actual: choices,
          blockId: c.waitingAt,
        });
      }
      return this.absorb(turn);
    }
    if ('expectVars' in step) {
      const session = c.session;
      for (const [path, value] of Object.entries(step.expectVars)) {
        const actual = readPath(session, path);
        if (!jsonEqual(actual, value)) {
          throw new StepFailed({
            expected: `${path} = ${JSON.stringify(value)}`,
            actual: `${path} = ${actual !== undefined && this.isSensitive(path) ? SENSITIVE_PLACEHOLDER : quote(actual)}`,
            blockId: c.waitingAt,
          });
        }
      }
      return;
    }
    if ('expectEmail' in step) return this.check(emailMismatch(this.emails, step.expectEmail));
    if ('expectKnowledgeSource' in step)
      return this.check(knowledgeSourceMismatch(this.knowledge, step.expectKnowledgeSource));
    if ('expectTable' in step) {
      const mismatch = checkTable(c.tables, step.expectTable);
      if (mismatch) throw new StepFailed({ ...mismatch, blockId: c.waitingAt });
      return;
    }
    if ('expectContexts' in step)
      return this.check(contextsMismatch(c.session.internal, step.expectContexts));
    if ('expectEntities' in step) return this.check(entitiesMismatch(this.entities, step.expectEntities));
    if ('agent' in step) return this.agent(step.agent);
    if ('expectOffloading' in step) {
      const wrong = offloadingMismatch(c, step.expectOffloading);
      if (wrong) throw new StepFailed(wrong);
      return;
    }
    if ('expectBlock' in step) {
      if (c.waitingAt !== step.expectBlock || c.ended) {
        throw new StepFailed({
          expected: `the bot waits at block "${step.expectBlock}"`,
          actual: where(c),
          blockId: c.waitingAt,
        });
      }
      return;
    }
    if (!c.ended)
      throw new StepFailed({
        expected: 'the conversation has ended',
        actual: where(c),
        blockId: c.waitingAt,
      });
  }
}

/** Whether `mail` has every field `want` gives. */
/** The last error the bot ran into, as `code: message` (a likely cause of a failure). */
function lastBotError(events: readonly TraceEvent[]): string | undefined {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i]!;
    if (e.type === 'error' && e.code !== 'button-not-found') return `${e.code}: ${e.message}`;
  }
  return undefined;
}

export async function runConversationTest(
  project: Project,
  test: ConversationTest,
  index: number,
  env: TestEnvironment,
): Promise<TestResult> {
  const started = env.now();
  const mode = test.mode ?? 'mocked';
  const conversation = createConversation(project, {
    http: env.http,
    codeRunner: env.codeRunner,
    clock: env.clock,
    ...(env.intents ? { intents: env.intents } : {}),
    ...(env.nlpThreshold !== undefined ? { nlpThreshold: env.nlpThreshold } : {}),
    ...(env.seed !== undefined ? { seed: env.seed } : {}),
    ...(env.secrets ? { secrets: env.secrets } : {}),
    ...(env.signal ? { signal: env.signal } : {}),
    ...(test.session ? { session: test.session } : {}),
    ...(test.startBlock ? { startBlock: test.startBlock } : {}),
    ...(test.language ? { language: test.language } : {}),
    ...(test.contexts ? { contexts: test.contexts } : {}),
    ...(test.skipIntroduction !== undefined ? { skipIntroduction: test.skipIntroduction } : {}),
    ...(test.agentsAvailable !== undefined ? { agentsAvailable: test.agentsAvailable } : {}),
  });
  const walk = new TestWalk(
    conversation,
    project.variables.filter((v) => v.sensitive).map((v) => v.name),
  );
  let stepNo = 0;
  const done = (failure?: TestFailure): TestResult => {
    env.onEvents?.(conversation.events);
    return result(failure);
  };
  const result = (failure?: TestFailure): TestResult => ({
    index,
    name: test.name,
    status: failure ? 'failed' : 'passed',
    mode,
    durationMs: Math.max(0, env.now() - started),
    stepsPassed: failure ? Math.max(0, failure.step - 1) : test.steps.length,
    ...(failure ? { failure } : {}),
  });
  try {
    walk.absorb(await conversation.start());
    for (const step of test.steps) {
      stepNo += 1;
      await walk.step(step);
    }
    return done();
  } catch (e) {
    if (env.signal?.aborted) throw e;
    const botError = lastBotError(conversation.events);
    const spec = stepNo > 0 ? { stepSpec: test.steps[stepNo - 1]! } : {};
    const failure: TestFailure =
      e instanceof StepFailed
        ? { step: stepNo, ...spec, ...e.failure }
        : {
            step: stepNo,
            ...spec,
            expected: 'the conversation to run',
            actual: `it failed: ${e instanceof Error ? e.message : String(e)}`,
            blockId: conversation.waitingAt,
          };
    // A failure quotes session values and bot errors: every secret the conversation sent is scrubbed.
    return done(conversation.scrub(botError ? { ...failure, botError } : failure));
  }
}
