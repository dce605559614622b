// Conversation tests (docs/file-format.md#conversation-tests): steps a scripted user takes and what the bot must answer.
import { z } from 'zod';
import { BlockId, Json, VariablePath } from './ids';
import { ActiveContexts, NamedContext } from './blocks/contexts';

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
  /** Each named context is active with exactly these user turns left; 0 means it is not active. */
  z.strictObject({
    expectContexts: z.record(
      NamedContext,
      z.number().int().min(0, 'a lifespan to expect is 0 (not active) or more'),
    ),
  }),
]);
export type TestStep = z.infer<typeof TestStep>;

export const RunMode = z.enum(['mocked', 'live', 'record']);
export type RunMode = z.infer<typeof RunMode>;

export const ConversationTest = z.strictObject({
  name: z.string().min(1, 'a test needs a name'),
  session: z.record(z.string(), Json).optional(),
  startBlock: BlockId.optional(),
  /** Contexts active when the conversation starts, with the user turns they have left. */
  contexts: ActiveContexts.optional(),
  /** Overrides the project's `settings.skipIntroduction`: the first `user` step is the first turn. */
  skipIntroduction: z.boolean().optional(),
  mode: z.enum(['mocked', 'live']).optional(),
  steps: z.array(TestStep),
});
export type ConversationTest = z.infer<typeof ConversationTest>;
