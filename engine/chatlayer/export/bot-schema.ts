// The bot JSON that `botloom export --to chatlayer` writes for Chatlayer's importer, and that the
// reverse import reads. Chatlayer does not publish its schema (docs/chatlayer.md#bot-content-import-and-export), so this is Botloom's own
// documented structure (docs/chatlayer-export.md); `botloom` fields hold what Chatlayer cannot express.
import { z } from 'zod';
import {
  Entity,
  ChatlayerSettings,
  ConversationTest,
  FlowId,
  IntentId,
  Json,
  LanguageTag,
  Knowledge,
  Mock,
  NlpSettings,
  Project,
  Tables,
  VariablePath,
} from '../../model';
import { Dialogstate } from '../kinds';
import { ChatlayerId } from './message-schema';
import { ChatlayerTranslations } from './export-translations';

// The dialog states, one shape per block kind, are described with their kinds (../kinds).
export {
  ActionDialogstate,
  ApiAction,
  BotMessageDialogstate,
  CodeAction,
  Dialogstate,
  GoToDialogstate,
  InputValidationDialogstate,
  ValidationType,
  type ChatlayerAction,
} from '../kinds';

export const CHATLAYER_EXPORT_FORMAT = 'botloom-chatlayer/1';

export const ChatlayerFlow = z.strictObject({
  id: FlowId,
  name: z.string().min(1, 'a flow needs a name'),
  dialogstates: z.array(Dialogstate),
});
export type ChatlayerFlow = z.infer<typeof ChatlayerFlow>;

export const ChatlayerIntent = z.strictObject({
  name: IntentId,
  examples: z.array(z.string().min(1)).min(1, 'an intent needs at least one example'),
  /** The expressions in the secondary languages (Chatlayer: one NLP model per language; its file's field is unknown). */
  expressions: z.record(LanguageTag, z.array(z.string().min(1))).optional(),
  dialogstateId: ChatlayerId.optional(),
});
export type ChatlayerIntent = z.infer<typeof ChatlayerIntent>;

export const ChatlayerVariable = z.strictObject({
  name: VariablePath,
  /** Chatlayer's default is a string; `botloom.value` keeps a default of another JSON type. */
  defaultValue: z.string().optional(),
  description: z.string().optional(),
  sensitive: z.boolean().optional(),
  botloom: z.strictObject({ value: Json }).optional(),
});
export type ChatlayerVariable = z.infer<typeof ChatlayerVariable>;

export const ChatlayerBotFile = z.strictObject({
  format: z.literal(CHATLAYER_EXPORT_FORMAT),
  bot: z.strictObject({
    name: Project.shape.name,
    language: Project.shape.language,
    nlp: NlpSettings.optional(),
    /** The expression syntax switch (docs/expressions.md#the-switch); how Chatlayer's own export writes it is unknown. */
    expressionSyntax: z.boolean().optional(),
    /** Skip the introduction (user-initiated channels); Chatlayer sets it per channel, its export's field is unknown. */
    skipIntroduction: z.boolean().optional(),
  }),
  defaultDialogstates: z.strictObject({
    introduction: ChatlayerId,
    notUnderstood: ChatlayerId.optional(),
    /** Where a failing action and a conversation stuck in a loop go (Botloom: `errorBlock`). */
    errorOccurred: ChatlayerId.optional(),
    /** The offloading default blocks (Botloom: `offloadingOpenedBlock`, …); Chatlayer's own keys are unknown. */
    offloadingOpened: ChatlayerId.optional(),
    offloadingDisabled: ChatlayerId.optional(),
    offloadingClosed: ChatlayerId.optional(),
  }),
  flows: z.array(ChatlayerFlow).min(1, 'a bot needs at least one flow'),
  intents: z.array(ChatlayerIntent),
  variables: z.array(ChatlayerVariable),
  /** A multi-language bot's texts per language (docs/chatlayer-export.md#languages): Botloom's layout. */
  translations: ChatlayerTranslations.optional(),
  /** The project's parts that are not bot content: tests, mocks, the connection and retired ids. */
  botloom: z.strictObject({
    tests: z.array(ConversationTest),
    mocks: z.array(Mock),
    /** Knowledge sources and mocks: Chatlayer's bot file has no documented place for them. */
    knowledge: Knowledge.optional(),
    /** The connection settings; `ids` holds only the ids of blocks that no longer exist. */
    chatlayer: ChatlayerSettings.optional(),
    /** The project tables (docs/chatlayer.md#tables): Chatlayer's own layout for them is not known. */
    tables: Tables.optional(),
    /** The project's entities, in Botloom's shape: where Chatlayer's bot file keeps entities is not known. */
    entities: z.array(Entity).optional(),
    /** The simulation's "no agent available" switch (`settings.agentsAvailable`); not a Chatlayer setting. */
    agentsAvailable: z.boolean().optional(),
  }),
});
export type ChatlayerBotFile = z.infer<typeof ChatlayerBotFile>;
