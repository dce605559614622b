// Live conformance (docs/chatlayer.md#live-conformance): runs a project's conversation tests against the live bot through a
// webhook channel and, step by step, against the local simulation, reporting where the live bot differs
// from the test's expectations or from what Botloom simulates.
import type { ConversationTest, Json, KnowledgeMock, Message, Project, TestStep } from '../../model';
import { createConversation, type ConversationOptions, type TurnResult } from '../../runtime';
import { turnKnowledgeAnswers } from './knowledge-answers';
import type { LiveChannel } from './live-channel';
import {
  buttonTitles,
  eventText,
  isLiveEvent,
  messageText,
  type LiveItem,
  type LiveMessage,
} from './messenger-message';
import {
  describeExpectation,
  isBotExpectation,
  localMessages,
  meets,
  sameMessage,
  type LocalMessage,
} from './step-check';

export type StepVerdict = 'same' | 'differs' | 'skipped';

export interface StepReport {
  /** 1-based, as users count; 0 is the conversation's start. */
  index: number;
  step: TestStep | { start: true };
  verdict: StepVerdict;
  expected?: string;
  live?: string[];
  local?: string[];
  /** Data-only events the live bot sent in this turn (JSON builder): recorded, never compared as messages. */
  events?: string[];
  note?: string;
}

export interface TestConformance {
  name: string;
  conversationId: string;
  verdict: 'same' | 'differs' | 'error';
  steps: StepReport[];
  error?: string;
  /**
   * The live bot's answers to the questions a local Generate answer block looked up, as knowledge mocks
   * (docs/file-format.md#knowledge-mocks): the live texts of that turn that carry the answer, keyed by the
   * question (knowledge-answers.ts).
   */
  knowledgeAnswers?: KnowledgeMock[];
}

export interface ConformanceOptions {
  channel: LiveChannel;
  /** Ports for the local simulation of one test (mocked HTTP, code runner, intents, fixed clock). */
  localOptions(test: ConversationTest): ConversationOptions;
  /** The Chatlayer id of a Botloom block (from the project's export ids), for tests with startBlock. */
  chatlayerIdOf(blockId: string): string;
  conversationId(test: ConversationTest, index: number): string;
  grep?: string;
  signal?: AbortSignal;
  onProgress?(p: { done: number; total: number; current: string }): void;
}

const texts = (messages: readonly Message[]) => messages.map(messageText);
/** Live texts against local messages: the same, one by one (another variant of a text message counts). */
const sameTexts = (live: string[], local: LocalMessage[]) =>
  live.length === local.length && live.every((t, i) => sameMessage(t, local[i]));

function readPath(value: Json | undefined, path: string): Json | undefined {
  let cur: Json | undefined = value;
  for (const seg of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, Json>)[seg];
  }
  return cur;
}

export async function runConformance(
  project: Project,
  options: ConformanceOptions,
): Promise<TestConformance[]> {
  const tests = project.tests.filter(
    (t) => !options.grep || t.name.toLowerCase().includes(options.grep.toLowerCase()),
  );
  const out: TestConformance[] = [];
  for (const [i, test] of tests.entries()) {
    options.signal?.throwIfAborted();
    options.onProgress?.({ done: i, total: tests.length, current: test.name });
    const conversationId = options.conversationId(test, i);
    try {
      out.push(await runOne(project, test, conversationId, options));
    } catch (error) {
      if (options.signal?.aborted) throw error;
      out.push({
        name: test.name,
        conversationId,
        verdict: 'error',
        steps: [],
        error: (error as Error).message,
      });
    }
  }
  options.onProgress?.({ done: tests.length, total: tests.length, current: '' });
  return out;
}

async function runOne(
  project: Project,
  test: ConversationTest,
  conversationId: string,
  o: ConformanceOptions,
): Promise<TestConformance> {
  const { channel, signal } = o;
  const local = createConversation(project, {
    ...o.localOptions(test),
    ...(test.session ? { session: test.session } : {}),
    ...(test.startBlock ? { startBlock: test.startBlock } : {}),
    ...(test.language ? { language: test.language } : {}),
    conversationId,
  });
  const steps: StepReport[] = [];
  let liveQueue: LiveMessage[] = [];
  let localQueue: LocalMessage[] = [];
  let latestLive: LiveMessage[] = [];
  const knowledgeAnswers: KnowledgeMock[] = [];

  const turn = (index: number, step: StepReport['step'], items: LiveItem[], localTurn: TurnResult) => {
    const locals = localMessages(localTurn.events);
    const live = items.filter((m): m is LiveMessage => !isLiveEvent(m));
    const events = items.filter(isLiveEvent).map(eventText);
    liveQueue = [...live];
    latestLive = live;
    localQueue = [...locals];
    const l = texts(live.map((m) => m.message));
    const s = texts(locals.map((m) => m.message));
    const same = sameTexts(l, locals);
    // A turn in which the local bot looked a question up: what the live bot said is its answer.
    knowledgeAnswers.push(...turnKnowledgeAnswers(localTurn.events, l, s, same));
    steps.push({
      index,
      step,
      verdict: same ? 'same' : 'differs',
      live: l,
      local: s,
      ...(events.length ? { events } : {}),
      ...(same ? {} : { note: 'the live bot answered differently from the local simulation' }),
    });
    return same;
  };

  await channel.start(
    conversationId,
    {
      ...(test.session ? { sessionData: test.session } : {}),
      ...(test.startBlock ? { startDialogstateId: o.chatlayerIdOf(test.startBlock) } : {}),
      ...(test.language ? { language: test.language } : {}),
    },
    signal,
  );
  const localStart = await local.start();
  turn(0, { start: true }, await channel.receive(conversationId, signal), localStart);

  for (const [k, step] of test.steps.entries()) {
    const index = k + 1;
    if (isBotExpectation(step)) {
      const live = liveQueue.shift();
      const loc = localQueue.shift();
      const ok = meets(step, live?.message, loc);
      steps.push({
        index,
        step,
        verdict: ok ? 'same' : 'differs',
        expected: describeExpectation(step),
        live: live ? [messageText(live.message)] : [],
        local: loc ? [messageText(loc.message)] : [],
        ...(ok
          ? {}
          : {
              note: live
                ? 'the live message does not meet the expectation'
                : 'the live bot sent no further message',
            }),
      });
      if (!ok) break;
    } else if ('user' in step) {
      await channel.sendText(conversationId, step.user, signal);
      const r = await local.say(step.user);
      turn(index, step, await channel.receive(conversationId, signal), r);
    } else if ('click' in step) {
      // The button is looked up among those the bot just delivered, and its payload (opaque since
      // 2022) goes back as it came: never one rebuilt from the project.
      const wanted = step.click.toLowerCase();
      const postback = [...latestLive]
        .reverse()
        .flatMap((m) => [...m.postbacks].reverse())
        .find((p) => p.title.toLowerCase() === wanted);
      if (!postback) {
        const offered = latestLive.flatMap((m) => buttonTitles(m.message));
        steps.push({
          index,
          step,
          verdict: 'differs',
          expected: `a button "${step.click}"`,
          live: offered,
          note: `the live bot did not deliver a button "${step.click}" in its last answer (it delivered: ${offered.map((t) => `"${t}"`).join(', ') || 'no buttons'})`,
        });
        break;
      }
      await channel.sendPostback(conversationId, postback, signal);
      const r = await local.click(step.click);
      turn(index, step, await channel.receive(conversationId, signal), r);
    } else if ('expectVars' in step) {
      const session = channel.sessionData ? await channel.sessionData(conversationId, signal) : null;
      if (!session) {
        steps.push({ index, step, verdict: 'skipped', note: 'the live session cannot be read here' });
        continue;
      }
      const wrong = Object.entries(step.expectVars).filter(
        ([p, v]) => JSON.stringify(readPath(session, p)) !== JSON.stringify(v),
      );
      steps.push({
        index,
        step,
        verdict: wrong.length ? 'differs' : 'same',
        expected: JSON.stringify(step.expectVars),
        live: wrong.map(([p]) => `${p} = ${JSON.stringify(readPath(session, p)) ?? 'undefined'}`),
        ...(wrong.length ? { note: 'live session values differ' } : {}),
      });
      if (wrong.length) break;
    } else if ('expectBlock' in step) {
      const session = channel.sessionData ? await channel.sessionData(conversationId, signal) : null;
      const current = readPath(session ?? undefined, 'internal.currentDialogstate.id');
      if (typeof current !== 'string') {
        steps.push({
          index,
          step,
          verdict: 'skipped',
          note: 'the live bot does not report its current block here',
        });
        continue;
      }
      const ok = current === o.chatlayerIdOf(step.expectBlock) || current === step.expectBlock;
      steps.push({
        index,
        step,
        verdict: ok ? 'same' : 'differs',
        expected: step.expectBlock,
        live: [current],
      });
      if (!ok) break;
    } else if ('expectKnowledgeSource' in step) {
      steps.push({
        index,
        step,
        verdict: 'skipped',
        note: 'which knowledge source answered is not observable on the live bot',
      });
    } else if ('agent' in step || 'expectOffloading' in step) {
      steps.push({
        index,
        step,
        verdict: 'skipped',
        note: 'a hand-over is played by a person on the live bot: see "Testing a live hand-over" in docs/chatlayer.md',
      });
    } else if ('expectEmail' in step) {
      steps.push({
        index,
        step,
        verdict: 'skipped',
        note: 'the live bot sends its e-mails itself; they are not observable here',
      });
    } else if ('expectEntities' in step) {
      steps.push({
        index,
        step,
        verdict: 'skipped',
        note: 'the webhook channel does not report recognised entities; `botloom chatlayer nlp-check` compares them',
      });
    } else {
      steps.push({
        index,
        step,
        verdict: 'skipped',
        note: 'the end of a conversation is not observable on a webhook channel',
      });
    }
  }
  const verdict = steps.some((s) => s.verdict === 'differs') ? 'differs' : 'same';
  return {
    name: test.name,
    conversationId,
    verdict,
    steps,
    ...(knowledgeAnswers.length ? { knowledgeAnswers } : {}),
  };
}
