// Conversation tests (docs/file-format.md#conversation-tests): steps a scripted user takes and what the bot must answer.
import { z } from 'zod';
import { BlockId, Json, VariablePath } from './ids';

/** An e-mail the latest turn put in the outbox: each given field must match (docs/file-format.md#conversation-tests). */
export const ExpectedEmail = z.strictObject({
  /** One of its recipients. */
  to: z.string().optional(),
  subject: z.string().optional(),
  /** Text its body contains. */
  bodyContains: z.string().optional(),
});
export type ExpectedEmail = z.infer<typeof ExpectedEmail>;

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
  /** Entities recognised in the latest user message, by name (a custom entity or sys.*), with their stored value. */
  z.strictObject({ expectEntities: z.record(z.string().min(1), Json) }),
]);
export type TestStep = z.infer<typeof TestStep>;

export const RunMode = z.enum(['mocked', 'live', 'record']);
export type RunMode = z.infer<typeof RunMode>;

export const ConversationTest = z.strictObject({
  name: z.string().min(1, 'a test needs a name'),
  session: z.record(z.string(), Json).optional(),
  startBlock: BlockId.optional(),
  mode: z.enum(['mocked', 'live']).optional(),
  steps: z.array(TestStep),
});
export type ConversationTest = z.infer<typeof ConversationTest>;
