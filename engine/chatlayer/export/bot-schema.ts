// The bot JSON that `botloom export --to chatlayer` writes for Chatlayer's importer, and that the
// reverse import reads. Chatlayer does not publish its schema (docs/chatlayer.md#bot-content-import-and-export), so this is Botloom's own
// documented structure (docs/chatlayer-export.md); `botloom` fields hold what Chatlayer cannot express.
import { z } from 'zod';
import {
  ApiAuth,
  BlockId,
  ChatlayerSettings,
  ConversationTest,
  FlowId,
  HttpMethod,
  InputValidation,
  IntentId,
  Json,
  Mock,
  NlpSettings,
  Position,
  Project,
  VariablePath,
} from '../../model';
import {
  ChatlayerCondition,
  ChatlayerEntry,
  ChatlayerId,
  ChatlayerMessage,
  ChatlayerTextMessage,
} from './message-schema';

export const CHATLAYER_EXPORT_FORMAT = 'botloom-chatlayer/1';

/**
 * Block fields Chatlayer has no place for. A block without a name is written with its id as its name;
 * `explicitName` marks the rare block whose name was set to its own id.
 */
const blockExtension = {
  explicitName: z.literal(true).optional(),
  position: Position.optional(),
  notes: z.string().optional(),
};
const BlockExtension = z.strictObject(blockExtension);

const dialogstateBase = {
  id: ChatlayerId,
  /** The Botloom block id, as Chatlayer's stable label. */
  label: BlockId,
  name: z.string(),
};

export const BotMessageDialogstate = z.strictObject({
  ...dialogstateBase,
  type: z.literal('botMessage'),
  messages: z.array(ChatlayerMessage),
  nextDialogstateId: ChatlayerId.optional(),
  botloom: BlockExtension.optional(),
});

/** Chatlayer's validation types that Botloom's input kinds map to. */
export const ValidationType = z.enum(['any', 'date', 'sys.email', 'sys.phone_number', 'sys.number']);
export type ValidationType = z.infer<typeof ValidationType>;

export const InputValidationDialogstate = z.strictObject({
  ...dialogstateBase,
  type: z.literal('inputValidation'),
  messages: z.array(ChatlayerMessage),
  variable: VariablePath,
  validation: z.strictObject({
    type: ValidationType,
    /** The whole Botloom validation, when the type alone loses part of it (regex, choice, a number range). */
    botloom: InputValidation.optional(),
  }),
  invalidMessage: ChatlayerTextMessage.optional(),
  maxAttempts: z.number().int().min(1).max(100).optional(),
  onFailDialogstateId: ChatlayerId.optional(),
  disableNlp: z.boolean().optional(),
  nextDialogstateId: ChatlayerId.optional(),
  botloom: z.strictObject({ ...blockExtension, askAlways: z.boolean().optional() }).optional(),
});

export const GoToDialogstate = z.strictObject({
  ...dialogstateBase,
  type: z.literal('goTo'),
  rules: z.array(z.strictObject({ condition: ChatlayerCondition, nextDialogstateId: ChatlayerId })),
  elseDialogstateId: ChatlayerId.optional(),
  botloom: BlockExtension.optional(),
});

export const ApiAction = z.strictObject({
  type: z.literal('api'),
  method: HttpMethod,
  url: z.string().min(1, 'an API action needs a url'),
  query: z.array(ChatlayerEntry).optional(),
  headers: z.array(ChatlayerEntry).optional(),
  body: z.array(ChatlayerEntry).optional(),
  auth: ApiAuth.optional(),
  botloom: z
    .strictObject({
      timeoutMs: z.number().int().min(1).max(300_000).optional(),
      maxResponseBytes: z.number().int().min(1).optional(),
      saveAs: VariablePath.optional(),
      /** A body that is not an object of entries (an array, a string, a number, null). */
      body: Json.optional(),
    })
    .optional(),
});

export const CodeAction = z.strictObject({
  type: z.literal('code'),
  code: z.string(),
  args: z.array(ChatlayerEntry).optional(),
  botloom: z
    .strictObject({
      timeoutMs: z.number().int().min(1).max(600_000).optional(),
      memoryLimitMb: z.number().int().min(1).max(4096).optional(),
    })
    .optional(),
});

export const ActionDialogstate = z.strictObject({
  ...dialogstateBase,
  type: z.literal('action'),
  action: z.discriminatedUnion('type', [ApiAction, CodeAction]),
  nextDialogstateId: ChatlayerId.optional(),
  onErrorDialogstateId: ChatlayerId.optional(),
  botloom: BlockExtension.optional(),
});

export const Dialogstate = z.discriminatedUnion('type', [
  BotMessageDialogstate,
  InputValidationDialogstate,
  GoToDialogstate,
  ActionDialogstate,
]);
export type BotMessageDialogstate = z.infer<typeof BotMessageDialogstate>;
export type InputValidationDialogstate = z.infer<typeof InputValidationDialogstate>;
export type GoToDialogstate = z.infer<typeof GoToDialogstate>;
export type ApiAction = z.infer<typeof ApiAction>;
export type CodeAction = z.infer<typeof CodeAction>;
export type ActionDialogstate = z.infer<typeof ActionDialogstate>;
export type Dialogstate = z.infer<typeof Dialogstate>;

export const ChatlayerFlow = z.strictObject({
  id: FlowId,
  name: z.string().min(1, 'a flow needs a name'),
  dialogstates: z.array(Dialogstate),
});
export type ChatlayerFlow = z.infer<typeof ChatlayerFlow>;

export const ChatlayerIntent = z.strictObject({
  name: IntentId,
  examples: z.array(z.string().min(1)).min(1, 'an intent needs at least one example'),
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
  }),
  defaultDialogstates: z.strictObject({
    introduction: ChatlayerId,
    notUnderstood: ChatlayerId.optional(),
  }),
  flows: z.array(ChatlayerFlow).min(1, 'a bot needs at least one flow'),
  intents: z.array(ChatlayerIntent),
  variables: z.array(ChatlayerVariable),
  /** The project's parts that are not bot content: tests, mocks, the connection and retired ids. */
  botloom: z.strictObject({
    tests: z.array(ConversationTest),
    mocks: z.array(Mock),
    /** The connection settings; `ids` holds only the ids of blocks that no longer exist. */
    chatlayer: ChatlayerSettings.optional(),
  }),
});
export type ChatlayerBotFile = z.infer<typeof ChatlayerBotFile>;
