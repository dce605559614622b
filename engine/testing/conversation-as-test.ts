// "Save as test" (issue 7, docs/file-format.md#conversation-tests): a conversation's trace turned into a conversation test that
// replays it: the user's messages and clicks, the agent's messages and hand-back, the bot's texts, and where the bot
// ended up.
import type { ActiveContexts, ConversationTest, Json, TestStep, TraceEvent } from '../model';
import { botMessageText } from './bot-text';

export interface ConversationAsTestOptions {
  name: string;
  session?: Record<string, Json>;
  startBlock?: string;
  /** The conversation ran without its introduction (a user-initiated channel). */
  skipIntroduction?: boolean;
  /** Contexts active when it started. */
  contexts?: ActiveContexts;
  /**
   * What the user said, in order, as typed: the trace shows answers to sensitive variables redacted,
   * and a test must send the real words to take the same path.
   */
  inputs?: readonly { via: 'text' | 'click'; text: string }[];
  /** The conversation's agent availability, when it overrode the project's (a hand-over test needs it again). */
  agentsAvailable?: boolean;
  /** The language it started in, when not the primary one (docs/file-format.md#languages). */
  language?: string;
}

export interface ConversationAsTest {
  test: ConversationTest;
  /** Things the test cannot reproduce (e.g. variables edited in the debugger). */
  warnings: string[];
}

export function conversationAsTest(
  events: readonly TraceEvent[],
  options: ConversationAsTestOptions,
): ConversationAsTest {
  const steps: TestStep[] = [];
  const warnings: string[] = [];
  let userIndex = 0;
  let waitingAt: string | null = null;
  let ended = false;
  for (const e of events) {
    switch (e.type) {
      case 'message':
        // A message with variants may send another one on replay (the test's seed): accept each of them.
        if (e.variants && e.variants.length > 1) steps.push({ botOneOf: [...new Set(e.variants)] });
        else if (e.message.kind !== 'image' && e.message.kind !== 'carousel')
          steps.push({ bot: botMessageText(e.message) });
        break;
      case 'user': {
        const typed = options.inputs?.[userIndex];
        userIndex += 1;
        const text = typed?.text ?? e.text;
        steps.push(e.via === 'click' ? { click: text } : { user: text });
        waitingAt = null;
        break;
      }
      case 'agent':
        steps.push({ agent: e.text });
        break;
      case 'offload':
        if (e.action === 'close') steps.push({ agent: { close: true } });
        break;
      case 'set':
        if (e.source === 'debugger')
          warnings.push(`"${e.path}" was edited in the debugger; the test does not repeat that edit.`);
        break;
      case 'enter':
        break;
      case 'wait':
        waitingAt = e.blockId;
        break;
      case 'end':
        ended = true;
        break;
    }
  }
  if (ended) steps.push({ expectEnd: true });
  else if (waitingAt) steps.push({ expectBlock: waitingAt });
  const test: ConversationTest = {
    name: options.name,
    ...(options.session && Object.keys(options.session).length > 0
      ? { session: structuredClone(options.session) }
      : {}),
    ...(options.startBlock ? { startBlock: options.startBlock } : {}),
    ...(options.language ? { language: options.language } : {}),
    ...(options.contexts && Object.keys(options.contexts).length > 0
      ? { contexts: { ...options.contexts } }
      : {}),
    ...(options.skipIntroduction !== undefined ? { skipIntroduction: options.skipIntroduction } : {}),
    ...(options.agentsAvailable !== undefined ? { agentsAvailable: options.agentsAvailable } : {}),
    steps,
  };
  return { test, warnings };
}
