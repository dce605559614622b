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
  mode: z.enum(['mocked', 'live']).optional(),
  /** Overrides the project's `settings.agentsAvailable` for this test (false: Send to agent finds no agent). */
  agentsAvailable: z.boolean().optional(),
  steps: z.array(TestStep),
});
export type ConversationTest = z.infer<typeof ConversationTest>;
