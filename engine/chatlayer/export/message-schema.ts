// The parts of a Chatlayer bot JSON that blocks share: messages in Chatlayer's `{ type, config }` form
// (docs/chatlayer.md#message-formats), buttons, key/value entries and Go To conditions. Whatever Chatlayer cannot express
// rides along in a `botloom` field on the item it belongs to, so that the import gives back the project.
import { z } from 'zod';
import { Json, VariablePath, type ComparisonOp } from '../../model';

/** A dialog state's platform id (UUID-like; kept in `project.chatlayer.ids`). */
export const ChatlayerId = z.string().min(1, 'a Chatlayer id cannot be empty');
export type ChatlayerId = z.infer<typeof ChatlayerId>;

/** The typed Botloom value of an item whose Chatlayer `value` is text (a number, an object, null…). */
export const TypedValue = z.strictObject({ value: Json });
export type TypedValue = z.infer<typeof TypedValue>;

/** A key/value pair that a button or quick reply stores in the session (Botloom: `set`). */
export const ChatlayerParam = z.strictObject({
  key: VariablePath,
  value: z.string(),
  botloom: TypedValue.optional(),
});
export type ChatlayerParam = z.infer<typeof ChatlayerParam>;

export const PostbackPayload = z.strictObject({
  nextDialogstateId: ChatlayerId,
  params: z.array(ChatlayerParam).optional(),
});
export type PostbackPayload = z.infer<typeof PostbackPayload>;

const title = z.string().min(1, 'a button needs a title');
export const PostbackButton = z.strictObject({
  type: z.literal('postback'),
  title,
  payload: PostbackPayload,
});
export const WebUrlButton = z.strictObject({
  type: z.literal('web_url'),
  title,
  url: z.string().min(1, 'a link button needs a url'),
});
/** A call button; `payload` is the number (Botloom: a `tel:` link). */
export const PhoneNumberButton = z.strictObject({
  type: z.literal('phone_number'),
  title,
  payload: z.string().min(1, 'a phone button needs a number'),
});
export const ChatlayerButton = z.discriminatedUnion('type', [
  PostbackButton,
  WebUrlButton,
  PhoneNumberButton,
]);
export type PostbackButton = z.infer<typeof PostbackButton>;
export type ChatlayerButton = z.infer<typeof ChatlayerButton>;

/** One text of a message (Chatlayer allows several; Botloom writes exactly one). */
const TextMessages = z.tuple([z.strictObject({ text: z.string() })]);

/** A text message's textMessages are its variants: the bot sends one of them at random. */
const TextVariants = z.array(z.strictObject({ text: z.string() })).min(1);

export const ChatlayerTextMessage = z.strictObject({
  type: z.literal('text'),
  config: z.strictObject({ textMessages: TextVariants }),
});
export const ChatlayerButtonsMessage = z.strictObject({
  type: z.literal('buttons'),
  config: z.strictObject({ textMessages: TextMessages, buttons: z.array(ChatlayerButton) }),
});
/** A link among Botloom's quick replies, which Chatlayer's postback-only quick replies cannot hold. */
export const LinkReply = z.strictObject({
  index: z.number().int().min(0),
  title,
  url: z.string().min(1, 'a link button needs a url'),
});
export const ChatlayerQuickRepliesMessage = z.strictObject({
  type: z.literal('quickReplies'),
  config: z.strictObject({
    textMessages: TextMessages,
    quickReplies: z.array(PostbackButton),
  }),
  botloom: z.strictObject({ linkReplies: z.array(LinkReply).min(1) }).optional(),
});
export const ChatlayerMediaMessage = z.strictObject({
  type: z.literal('media'),
  config: z.strictObject({
    media: z.strictObject({ type: z.literal('image'), url: z.string().min(1, 'an image needs a url') }),
  }),
  botloom: z.strictObject({ alt: z.string() }).optional(),
});
export const ChatlayerCard = z.strictObject({
  title: z.string(),
  subTitle: z.string().optional(),
  imageUrl: z.string().optional(),
  buttons: z.array(ChatlayerButton),
});
export const ChatlayerCarouselMessage = z.strictObject({
  type: z.literal('carousel'),
  config: z.strictObject({ elements: z.array(ChatlayerCard) }),
});

export const ChatlayerMessage = z.discriminatedUnion('type', [
  ChatlayerTextMessage,
  ChatlayerButtonsMessage,
  ChatlayerQuickRepliesMessage,
  ChatlayerMediaMessage,
  ChatlayerCarouselMessage,
]);
export type ChatlayerTextMessage = z.infer<typeof ChatlayerTextMessage>;
export type ChatlayerMessage = z.infer<typeof ChatlayerMessage>;
export type ChatlayerCard = z.infer<typeof ChatlayerCard>;

/**
 * An API query/header/body entry or a code argument, with Chatlayer's value types: `text` (static,
 * templates allowed), `variable` (a session path, keeping its JSON type) or `dialogstate` (a block id).
 */
export const ChatlayerEntry = z.strictObject({
  key: z.string(),
  valueType: z.enum(['text', 'variable', 'dialogstate']),
  value: z.string(),
  botloom: TypedValue.optional(),
});
export type ChatlayerEntry = z.infer<typeof ChatlayerEntry>;

/** Botloom's comparison operators under the names the export writes. */
export const OPERATOR_NAMES = {
  eq: 'equals',
  ne: 'notEquals',
  gt: 'greaterThan',
  gte: 'greaterThanOrEquals',
  lt: 'smallerThan',
  lte: 'smallerThanOrEquals',
  contains: 'contains',
  notContains: 'doesNotContain',
  startsWith: 'startsWith',
  endsWith: 'endsWith',
  matches: 'matches',
  exists: 'exists',
  notExists: 'doesNotExist',
  empty: 'isEmpty',
  notEmpty: 'isNotEmpty',
} as const satisfies Record<ComparisonOp, string>;
export type OperatorName = (typeof OPERATOR_NAMES)[ComparisonOp];
const operatorNames = Object.values(OPERATOR_NAMES) as [OperatorName, ...OperatorName[]];

/** Operators that Chatlayer's documentation names (docs/chatlayer.md#conditions); the others may not exist there. */
export const DOCUMENTED_OPERATORS: readonly ComparisonOp[] = [
  'eq',
  'gt',
  'lt',
  'exists',
  'notExists',
  'matches',
];

export const ChatlayerComparison = z.strictObject({
  variable: VariablePath,
  operator: z.enum(operatorNames),
  value: z.string().optional(),
  /** The case-sensitive toggle; written only when the Botloom comparison sets it (Chatlayer's field name is not documented). */
  caseSensitive: z.boolean().optional(),
  botloom: TypedValue.optional(),
});
export type ChatlayerComparison = z.infer<typeof ChatlayerComparison>;

export type ChatlayerCondition =
  | ChatlayerComparison
  | { operator: 'and' | 'or'; conditions: ChatlayerCondition[] }
  | { operator: 'not'; condition: ChatlayerCondition };
export const ChatlayerCondition: z.ZodType<ChatlayerCondition> = z.lazy(() =>
  z.union([
    ChatlayerComparison,
    z.strictObject({ operator: z.enum(['and', 'or']), conditions: z.array(ChatlayerCondition) }),
    z.strictObject({ operator: z.literal('not'), condition: ChatlayerCondition }),
  ]),
);
