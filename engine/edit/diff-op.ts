// One record-level change of a project: put (insert, replace or move) or remove one record.
// Records are the settings fields (the notes and frames lists are two of them), flows (without their blocks), blocks, variables, intents, tests and mocks.
import { z } from 'zod';
import { Block, ConversationTest, FlowId, Intent, Json, Mock, Variable } from '../model';

export const SETTING_KEYS = [
  'name',
  'language',
  'secondaryLanguages',
  'startBlock',
  'fallbackBlock',
  'errorBlock',
  'offloadingOpenedBlock',
  'offloadingDisabledBlock',
  'offloadingClosedBlock',
  'nlp',
  'settings',
  'chatlayer',
  'entities',
  'knowledge',
  'tables',
  'notes',
  'frames',
] as const;
export const SettingKey = z.enum(SETTING_KEYS);
export type SettingKey = z.infer<typeof SettingKey>;

const Index = z.number().int().min(0);
/** A flow's own fields and its place in `project.flows`; its blocks are block records. */
export const FlowRecord = z.strictObject({ index: Index, id: FlowId, name: z.string() });
export type FlowRecord = z.infer<typeof FlowRecord>;
/** A block and where it sits: the id of its flow and its index in that flow's blocks. */
export const BlockRecord = z.strictObject({ flow: FlowId, index: Index, block: Block });
export type BlockRecord = z.infer<typeof BlockRecord>;
const listRecord = <T extends z.ZodType>(value: T) => z.strictObject({ index: Index, value });
export const VariableRecord = listRecord(Variable);
export const IntentRecord = listRecord(Intent);
export const TestRecord = listRecord(ConversationTest);
export const MockRecord = listRecord(Mock);
export type VariableRecord = z.infer<typeof VariableRecord>;
export type IntentRecord = z.infer<typeof IntentRecord>;
export type TestRecord = z.infer<typeof TestRecord>;
export type MockRecord = z.infer<typeof MockRecord>;

export const RECORD_KINDS = [
  'settings',
  'flows',
  'blocks',
  'variables',
  'intents',
  'tests',
  'mocks',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type ListKind = 'variables' | 'intents' | 'tests' | 'mocks';

const Op = z.enum(['put', 'remove']);
const opOf = <K extends RecordKind, R extends z.ZodType>(kind: K, record: R) =>
  z.strictObject({
    op: Op,
    kind: z.literal(kind),
    /** The record's identity, for people and stores: block/flow/intent id, variable or test name, setting. */
    key: z.string(),
    /** The record before the change; absent when the op inserts it. */
    before: record.optional(),
    /** The record after the change; absent exactly when the op removes it. */
    after: record.optional(),
  });

export const DiffOp = z
  .discriminatedUnion('kind', [
    opOf('settings', Json),
    opOf('flows', FlowRecord),
    opOf('blocks', BlockRecord),
    opOf('variables', VariableRecord),
    opOf('intents', IntentRecord),
    opOf('tests', TestRecord),
    opOf('mocks', MockRecord),
  ])
  .refine((o) => (o.op === 'put' ? o.after !== undefined : o.after === undefined && o.before !== undefined), {
    message: 'a put carries `after`; a remove carries `before` and no `after`',
  });
export type DiffOp = z.infer<typeof DiffOp>;
export type DiffOpOf<K extends RecordKind> = Extract<DiffOp, { kind: K }>;

/** The identity shown in `key` for a record of a kind (settings use the setting's name). */
export function recordKey(kind: RecordKind, record: unknown, settingKey = ''): string {
  const r = record as Record<string, unknown>;
  switch (kind) {
    case 'settings':
      return settingKey;
    case 'flows':
      return String(r.id);
    case 'blocks':
      return String((r.block as Block).id);
    case 'variables':
      return (r.value as Variable).name;
    case 'intents':
      return (r.value as Intent).id;
    case 'tests':
      return (r.value as ConversationTest).name;
    case 'mocks': {
      const m = r.value as Mock;
      return `${m.method} ${m.url}`;
    }
  }
}
