// Conversation tests (docs/file-format.md#conversation-tests): steps a scripted user takes and what the bot must answer.
import { z } from 'zod';
import { BlockId, Json, VariablePath } from './ids';
import { TableName, TableRow } from './table';
import { ActiveContexts, NamedContext } from './blocks/contexts';
import { LanguageTag } from './translation';

/** An e-mail the latest turn put in the outbox: each given field must match (docs/file-format.md#conversation-tests). */
export const ExpectedEmail = z.strictObject({
  /** One of its recipients. */
  to: z.string().optional(),
  subject: z.string().optional(),
  /** Text its body contains. */
  bodyContains: z.string().optional(),
});
export type ExpectedEmail = z.infer<typeof ExpectedEmail>;

/** What the conversation's copy of a table must hold (docs/file-format.md#conversation-tests). */
export const ExpectedTable = z
  .strictObject({
    table: TableName,
    /** Exactly these rows, in order; a column a row leaves out must be empty. */
    rows: z.array(TableRow).optional(),
    /** Rows that must be there: each one's cells match some row (other columns are not compared). */
    contains: z.array(TableRow).optional(),
    /** How many rows the table holds. */
    count: z.number().int().min(0).optional(),
  })
  .refine((t) => t.rows !== undefined || t.contains !== undefined || t.count !== undefined, {
    message: 'expectTable needs rows, contains or count to check',
  });
export type ExpectedTable = z.infer<typeof ExpectedTable>;
/** What the human agent does in an `agent` step: writes a message, or hands the user back to the bot. */
export const AgentAction = z.union([
  z.string().min(1, 'an agent step writes a message: give its text, or { "close": true } to hand back'),
  z.strictObject({ close: z.literal(true) }),
]);
export type AgentAction = z.infer<typeof AgentAction>;

/** The hand-over states an `expectOffloading` step can check (docs/file-format.md#human-hand-over). */
export const OffloadingStatus = z.enum(['none', 'open', 'disabled', 'closed']);

export const TestStep = z.union([
  z.strictObject({ bot: z.string() }),
  z.strictObject({ botContains: z.string() }),
  z.strictObject({ botMatches: z.string() }),
  z.strictObject({
    botOneOf: z.array(z.string()).min(1, 'botOneOf lists at least one text the bot may send'),
  }),
  z.strictObject({ user: z.string() }),
  z.strictObject({ click: z.string().min(1) }),
  z.strictObject({ expectVars: z.record(VariablePath, Json) }),
  z.strictObject({ expectBlock: BlockId }),
  z.strictObject({ expectEnd: z.literal(true) }),
  z.strictObject({ expectEmail: ExpectedEmail }),
  /** The knowledge source that answered in the latest turn (its id), or null: nothing answered. */
  z.strictObject({ expectKnowledgeSource: z.string().min(1).nullable() }),
  z.strictObject({ expectTable: ExpectedTable }),
  /** Each named context is active with exactly these user turns left; 0 means it is not active. */
  z.strictObject({
    expectContexts: z.record(
      NamedContext,
      z.number().int().min(0, 'a lifespan to expect is 0 (not active) or more'),
    ),
  }),
  /** Entities recognised in the latest user message, by name (a custom entity or sys.*), with their stored value. */
  z.strictObject({ expectEntities: z.record(z.string().min(1), Json) }),
  z.strictObject({ agent: AgentAction }),
  z.strictObject({ expectOffloading: OffloadingStatus }),
]);
export type TestStep = z.infer<typeof TestStep>;

export const RunMode = z.enum(['mocked', 'live', 'record']);
export type RunMode = z.infer<typeof RunMode>;

export const ConversationTest = z.strictObject({
  name: z.string().min(1, 'a test needs a name'),
  session: z.record(z.string(), Json).optional(),
  startBlock: BlockId.optional(),
  /** The conversation's language (docs/file-format.md#languages); absent: the primary language. */
  language: LanguageTag.optional(),
  /** Contexts active when the conversation starts, with the user turns they have left. */
  contexts: ActiveContexts.optional(),
  /** Overrides the project's `settings.skipIntroduction`: the first `user` step is the first turn. */
  skipIntroduction: z.boolean().optional(),
  mode: z.enum(['mocked', 'live']).optional(),
  /** Overrides the project's `settings.agentsAvailable` for this test (false: Send to agent finds no agent). */
  agentsAvailable: z.boolean().optional(),
  steps: z.array(TestStep),
});
export type ConversationTest = z.infer<typeof ConversationTest>;
