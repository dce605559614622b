// A conversation: a run of the engine over a project (docs/file-format.md#concepts, docs/file-format.md#turn-order). Turns run one at a time, in the
// order they were asked for; each resolves to the events and messages it produced.
import {
  SECRET_PLACEHOLDER,
  type Json,
  type Message,
  type Project,
  type TableRow,
  type TraceEvent,
} from '../model';
import { scrubValue } from '../http/secret-scrub';
import type { ConversationOptions, TurnResult } from './options';
import { RuntimeContext } from './runtime-context';
import { safeJson } from './session-store';
import type { TraceListener } from './tracer';
import { handleUserMessage } from './user-turn';
import { agentMessage, closeHandover, type OffloadingState } from './handover';
import { walk } from './walker';

export interface Conversation {
  readonly id: string;
  /**
   * Enters the start block (again, when called twice: a new introduction, the session kept). With
   * `skipIntroduction` (and no explicit start block) nothing runs: the bot waits for the user's first message.
   */
  start(): Promise<TurnResult>;
  /** A user message (starts the conversation first when `start()` was never called). */
  say(text: string): Promise<TurnResult>;
  /**
   * A button or quick-reply press: a postback naming the button's title and, optionally, the block it jumps to (to
   * tell apart buttons of earlier turns with the same title). Any button the bot sent may be pressed; when none
   * fits, `button-not-found` in the trace.
   */
  click(title: string, target?: string): Promise<TurnResult>;
  /** The agent writes to the user during an open hand-over (an `agent` event; `offloading-not-open` otherwise). */
  agentSay(text: string): Promise<TurnResult>;
  /** The agent hands the user back: the Offloading closed block runs (docs/file-format.md#human-hand-over). */
  agentClose(): Promise<TurnResult>;
  /** A copy of the hand-over state. */
  readonly offloading: OffloadingState;
  /** A deep copy of the session, `internal` included. */
  readonly session: Record<string, Json>;
  /** A deep copy of this conversation's tables (docs/file-format.md#tables): rows by table name. */
  readonly tables: Record<string, TableRow[]>;
  /** Every event so far. */
  readonly events: readonly TraceEvent[];
  readonly waitingAt: string | null;
  readonly ended: boolean;
  /** Sets a variable from the debugger (a `set` event with source `debugger`); false when refused. */
  setVariable(path: string, value: Json): boolean;
  /** A copy of `value` with every form of every secret revealed so far replaced (by «secret» unless given). */
  scrub<T>(value: T, placeholder?: string): T;
  onEvent(listener: TraceListener): () => void;
}

class RunningConversation implements Conversation {
  private readonly ctx: RuntimeContext;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(project: Project, options: ConversationOptions) {
    this.ctx = new RuntimeContext(project, options);
  }

  get id(): string {
    return this.ctx.conversationId;
  }
  get session(): Record<string, Json> {
    return structuredClone(this.ctx.session);
  }
  get tables(): Record<string, TableRow[]> {
    return structuredClone(this.ctx.tables);
  }
  get events(): readonly TraceEvent[] {
    return this.ctx.tracer.events;
  }
  get offloading(): OffloadingState {
    return { ...this.ctx.offloading };
  }
  get waitingAt(): string | null {
    return this.ctx.waitingAt;
  }
  get ended(): boolean {
    return this.ctx.ended;
  }

  start(): Promise<TurnResult> {
    return this.turn(() => this.enterStart());
  }

  say(text: string): Promise<TurnResult> {
    return this.turn(async () => {
      if (!this.ctx.started) await this.enterStart();
      await handleUserMessage(this.ctx, { via: 'text', text });
    });
  }

  click(title: string, target?: string): Promise<TurnResult> {
    return this.turn(async () => {
      if (!this.ctx.started) await this.enterStart();
      await handleUserMessage(this.ctx, {
        via: 'click',
        text: title,
        ...(target !== undefined ? { target } : {}),
      });
    });
  }

  agentSay(text: string): Promise<TurnResult> {
    return this.turn(async () => agentMessage(this.ctx, text));
  }

  agentClose(): Promise<TurnResult> {
    return this.turn(() => closeHandover(this.ctx));
  }

  setVariable(path: string, value: Json): boolean {
    return this.ctx.set(path, safeJson(value), 'debugger', null);
  }

  scrub<T>(value: T, placeholder: string = SECRET_PLACEHOLDER): T {
    return scrubValue(value, this.ctx.revealedSecrets, placeholder);
  }

  onEvent(listener: TraceListener): () => void {
    return this.ctx.tracer.listen(listener);
  }

  private async enterStart(): Promise<void> {
    this.ctx.started = true;
    this.ctx.internal.messageType = 'intro';
    // A user-initiated channel has no introduction: the first message is handled as any other turn.
    const { options, project } = this.ctx;
    const skip = options.skipIntroduction ?? project.settings?.skipIntroduction === true;
    if (skip && options.startBlock === undefined) return;
    await walk(this.ctx, this.ctx.options.startBlock ?? this.ctx.project.startBlock, null);
  }

  private turn(run: () => Promise<void>): Promise<TurnResult> {
    const result = this.queue.then(async () => {
      const from = this.ctx.tracer.events.length;
      await run();
      const events = this.ctx.tracer.events.slice(from);
      const messages: Message[] = [];
      for (const e of events) if (e.type === 'message') messages.push(e.message);
      return { events, messages, waitingAt: this.ctx.waitingAt, ended: this.ctx.ended };
    });
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** Creates a conversation over a parsed project; nothing runs until `start()` or `say()`. */
export function createConversation(project: Project, options: ConversationOptions): Conversation {
  return new RunningConversation(project, options);
}
