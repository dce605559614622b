// Trace events (docs/file-format.md#trace-events): every step of a conversation, as the app's debugger, the CLI's `--json`
// output and the conversation tests read them. Values that could hold secrets are already redacted.
import { z } from 'zod';
import { BlockId, FlowId, Json } from './ids';
import { Message } from './message';
import { BLOCK_TYPES, HttpMethod } from './blocks';

/** What a secret looks like in anything that reaches a trace (docs/file-format.md#templates). */
export const SECRET_PLACEHOLDER = '«secret»';
/** What the value of a variable declared `sensitive` looks like in a trace. */
export const SENSITIVE_PLACEHOLDER = '«sensitive»';

const eventBase = {
  /** 0, 1, 2, … in emission order, across the whole conversation. */
  seq: z.number().int().min(0),
  /** Conversation clock (epoch ms) when the event happened; a fixed clock in tests. */
  at: z.number(),
};
/** The block the event belongs to; null for events outside any block (a user message, the debugger). */
const blockRef = BlockId.nullable();

/** A block was entered (one "block entry" of the loop guard). */
export const EnterEvent = z.strictObject({
  type: z.literal('enter'),
  ...eventBase,
  blockId: BlockId,
  blockType: z.enum(BLOCK_TYPES),
  flowId: FlowId,
  /** Set when an event block is entered because its variable changed (by that block's run or exit). */
  trigger: z.strictObject({ variable: z.string(), by: blockRef }).optional(),
});

/** The bot sent a message, after templating. `source` says who produced it. */
export const BotMessageEvent = z.strictObject({
  type: z.literal('message'),
  ...eventBase,
  blockId: blockRef,
  /** block: a message block or input prompt; api/code: a Chatlayer response; runtime: a built-in reply. */
  source: z.enum(['block', 'api', 'code', 'runtime']),
  message: Message,
  /** For a text message with variants: every variant after templating, and the index of the one sent. */
  variants: z.array(z.string()).optional(),
  variant: z.number().int().min(0).optional(),
});

/** The user typed a message or pressed a button. `blockId` is the block the bot was waiting at. */
export const UserEvent = z.strictObject({
  type: z.literal('user'),
  ...eventBase,
  blockId: blockRef,
  via: z.enum(['text', 'click']),
  text: z.string(),
  /** For a click: the block the button jumps to (its postback's target), when the click named it. */
  target: BlockId.optional(),
  /** True when the answer goes to a variable declared sensitive: `text` then shows SENSITIVE_PLACEHOLDER. */
  redacted: z.boolean().optional(),
  /** True while a hand-over is open: the message went to the human agent, not to the bot. */
  toAgent: z.boolean().optional(),
});

/**
 * A hand-over changed state (docs/file-format.md#human-hand-over): `open` (a Send to agent block paused the bot),
 * `disabled` (no agent available: the bot goes on), `close` (the agent handed the user back).
 */
export const OffloadEvent = z.strictObject({
  type: z.literal('offload'),
  ...eventBase,
  /** The Send to agent block (open, disabled); the block the bot was paused at (close). */
  blockId: blockRef,
  action: z.enum(['open', 'disabled', 'close']),
  /** The Send to agent block's note for the agent, after templating. */
  note: z.string().optional(),
});

/** The human agent wrote to the user during a hand-over (the simulator's agent lane, an `agent` test step). */
export const AgentMessageEvent = z.strictObject({
  type: z.literal('agent'),
  ...eventBase,
  blockId: blockRef,
  text: z.string(),
});

/** A session variable changed. `old` is absent when the variable did not exist. */
export const SetEvent = z.strictObject({
  type: z.literal('set'),
  ...eventBase,
  blockId: blockRef,
  path: z.string(),
  old: Json.optional(),
  value: Json,
  /** transition: a `nextSet`, a Go To rule's `set` or an `elseSet`, applied as the exit was taken. */
  source: z.enum([
    'button',
    'input',
    'api',
    'code',
    'saveAs',
    'transition',
    'debugger',
    'getTime',
    'clearSession',
    'knowledge',
    'table',
    'entity',
  ]),
  /** True when the variable is declared sensitive: `old`/`value` then show SENSITIVE_PLACEHOLDER. */
  redacted: z.boolean().optional(),
});

/** One entity recognised in a user's message (docs/file-format.md#entities). */
export const TracedEntity = z.strictObject({
  /** A custom entity's name or a `sys.*` name. */
  entity: z.string(),
  /** The value stored under the entity's name. */
  value: Json,
  /** Companion variables stored with it (`sys.amount_of_money_currency`, …). */
  extra: z.record(z.string(), Json).optional(),
  /** The words it was read from. */
  text: z.string(),
  /** 1 for an exact match; lower for a fuzzy match of a match entity. */
  score: z.number(),
});
export type TracedEntity = z.infer<typeof TracedEntity>;

/** Entity extraction ran on a typed message and recognised these entities, before routing. */
export const EntitiesEvent = z.strictObject({
  type: z.literal('entities'),
  ...eventBase,
  blockId: blockRef,
  entities: z.array(TracedEntity),
});

/** A session variable was removed (by a Clear session block). `old` is the value it had. */
export const ClearEvent = z.strictObject({
  type: z.literal('clear'),
  ...eventBase,
  blockId: blockRef,
  path: z.string(),
  old: Json,
  /** True when the variable is declared sensitive: `old` then shows SENSITIVE_PLACEHOLDER. */
  redacted: z.boolean().optional(),
});

/** A data-only event message (a JSON builder block): data for the channel, never a chat bubble. */
export const DataEventEvent = z.strictObject({
  type: z.literal('event'),
  ...eventBase,
  blockId: blockRef,
  data: z.record(z.string(), Json),
  /** Sent to the window that hosts the web widget (Chatlayer's "Send config to parent window"). */
  toParentWindow: z.boolean().optional(),
});

/** An e-mail a Send e-mail block wrote: Botloom keeps it in the outbox and never sends it. */
export const EmailEvent = z.strictObject({
  type: z.literal('email'),
  ...eventBase,
  blockId: blockRef,
  to: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
});

/** One passage in a knowledge event's ranking. */
export const RankedPassageSummary = z.strictObject({
  /** `<source id>#<n>`. */
  passage: z.string(),
  source: z.string(),
  title: z.string(),
  /** The share of the question it covers, weighted by word rarity (0 to 1): what the threshold compares. */
  score: z.number(),
  /** The BM25 score that ranks it. */
  bm25: z.number(),
});

/** A Generate answer block looked a question up: the ranking, and what answered (nothing below the threshold). */
export const KnowledgeEvent = z.strictObject({
  type: z.literal('knowledge'),
  ...eventBase,
  blockId: blockRef,
  question: z.string(),
  tags: z.array(z.string()),
  threshold: z.number(),
  /** The best passages, best first (empty when answered by a mock). */
  ranked: z.array(RankedPassageSummary),
  /** The source id that answered; absent when nothing did. */
  answeredBy: z.string().optional(),
  /** The passage that answered, or the index of the knowledge mock that did. */
  passage: z.string().optional(),
  mock: z.number().int().optional(),
});

/** A table block's step on the conversation's copy of a table (docs/file-format.md#table-block). */
export const TableEvent = z.strictObject({
  type: z.literal('table'),
  ...eventBase,
  blockId: blockRef,
  table: z.string(),
  operation: z.enum(['insert', 'update', 'retrieve', 'delete']),
  /** Rows inserted, updated, retrieved or deleted. */
  count: z.number().int().min(0),
});

/** A preview of a request or response body (capped; secrets replaced by SECRET_PLACEHOLDER). */
export const HttpBodyPreview = z.strictObject({ text: z.string(), truncated: z.boolean() });

/** One HTTP request, by an API block or by `fetch` in a code block. */
export const HttpEvent = z.strictObject({
  type: z.literal('http'),
  ...eventBase,
  blockId: blockRef,
  origin: z.enum(['api', 'code']),
  method: HttpMethod,
  /** The URL as sent, secrets redacted. */
  url: z.string(),
  /** Response status; null when no response arrived (network error, timeout, unmocked). */
  status: z.number().int().nullable(),
  ms: z.number(),
  mocked: z.boolean(),
  request: z.strictObject({ headers: z.record(z.string(), z.string()), body: HttpBodyPreview.optional() }),
  response: z.strictObject({ headers: z.record(z.string(), z.string()), body: HttpBodyPreview }).optional(),
  /** Why the request failed (`http-timeout`, `api-status`, …), when it did. */
  error: z.strictObject({ code: z.string(), message: z.string() }).optional(),
});

/** A line a code block wrote with console.log/info/warn/error. */
export const LogEvent = z.strictObject({
  type: z.literal('log'),
  ...eventBase,
  blockId: blockRef,
  level: z.enum(['log', 'info', 'warn', 'error']),
  text: z.string(),
});

/** Something worth knowing that did not stop the conversation (a missing template value, …). */
export const WarningEvent = z.strictObject({
  type: z.literal('warning'),
  ...eventBase,
  blockId: blockRef,
  /** Stable kebab-case code, e.g. `template-missing-value`, `code-no-send`. */
  code: z.string(),
  message: z.string(),
  /** The variable path concerned, when there is one. */
  path: z.string().optional(),
});

/** Something failed: an API call, a code block, a jump to an unknown block, the loop guard, … */
export const TraceErrorEvent = z.strictObject({
  type: z.literal('error'),
  ...eventBase,
  blockId: blockRef,
  /** Stable kebab-case code, e.g. `http-timeout`, `code-syntax`, `loop-detected`, `internal-readonly`. */
  code: z.string(),
  message: z.string(),
  /** For `loop-detected`: the block ids that repeat, in order. */
  cycle: z.array(BlockId).optional(),
  /** For code errors: the 1-based line in the block's code. */
  line: z.number().int().optional(),
});

/** The bot now waits for the user at this block. */
export const WaitEvent = z.strictObject({ type: z.literal('wait'), ...eventBase, blockId: BlockId });

/** The conversation ended: no next block and nothing to wait for, or an error that left nowhere to go. */
export const EndEvent = z.strictObject({
  type: z.literal('end'),
  ...eventBase,
  blockId: blockRef,
  reason: z.enum(['done', 'error', 'loop']),
});

export const TraceEvent = z.discriminatedUnion('type', [
  EnterEvent,
  BotMessageEvent,
  UserEvent,
  EntitiesEvent,
  OffloadEvent,
  AgentMessageEvent,
  SetEvent,
  ClearEvent,
  DataEventEvent,
  EmailEvent,
  KnowledgeEvent,
  TableEvent,
  HttpEvent,
  LogEvent,
  WarningEvent,
  TraceErrorEvent,
  WaitEvent,
  EndEvent,
]);
export type EnterEvent = z.infer<typeof EnterEvent>;
export type BotMessageEvent = z.infer<typeof BotMessageEvent>;
export type UserEvent = z.infer<typeof UserEvent>;
export type OffloadEvent = z.infer<typeof OffloadEvent>;
export type AgentMessageEvent = z.infer<typeof AgentMessageEvent>;
export type SetEvent = z.infer<typeof SetEvent>;
export type EntitiesEvent = z.infer<typeof EntitiesEvent>;
export type ClearEvent = z.infer<typeof ClearEvent>;
export type DataEventEvent = z.infer<typeof DataEventEvent>;
export type EmailEvent = z.infer<typeof EmailEvent>;
export type KnowledgeEvent = z.infer<typeof KnowledgeEvent>;
export type TableEvent = z.infer<typeof TableEvent>;
export type HttpBodyPreview = z.infer<typeof HttpBodyPreview>;
export type HttpEvent = z.infer<typeof HttpEvent>;
export type LogEvent = z.infer<typeof LogEvent>;
export type WarningEvent = z.infer<typeof WarningEvent>;
export type TraceErrorEvent = z.infer<typeof TraceErrorEvent>;
export type WaitEvent = z.infer<typeof WaitEvent>;
export type EndEvent = z.infer<typeof EndEvent>;
export type TraceEvent = z.infer<typeof TraceEvent>;
export type TraceEventType = TraceEvent['type'];
export type TraceEventOf<T extends TraceEventType> = Extract<TraceEvent, { type: T }>;
export const TRACE_EVENT_TYPES: readonly TraceEventType[] = [
  'enter',
  'message',
  'user',
  'offload',
  'agent',
  'set',
  'clear',
  'event',
  'email',
  'knowledge',
  'table',
  'http',
  'log',
  'warning',
  'error',
  'wait',
  'end',
];
