// Entries and conditions of the bot JSON back to Botloom values: `variable` entries become `{path}`
// templates, `dialogstate` entries `{ "$block": id }`, text keeps its typed `botloom.value`; named
// operators become Botloom's, `and`/`or`/`not` become `all`/`any`/`not`.
import type { JsonPathSegment } from '../../format';
import type { ComparisonOp, Condition, Json } from '../../model';
import { fromTextValue, isVariablePath } from '../export/entry-values';
import {
  OPERATOR_NAMES,
  type ChatlayerCondition,
  type ChatlayerEntry,
  type OperatorName,
} from '../export/message-schema';
import type { ImportContext } from './import-context';

/** What an entry list may hold: API query and body take dialog states, headers only strings. */
export type EntryRoom = 'blocks' | 'json' | 'strings';

function entryValue(e: ChatlayerEntry, room: EntryRoom, ctx: ImportContext, at: JsonPathSegment[]): Json {
  if (e.valueType === 'text') {
    if (e.botloom && room === 'strings')
      ctx.fail('invalid-value', [...at, 'botloom'], 'a header is text: remove "botloom".');
    return fromTextValue(e);
  }
  if (e.botloom)
    ctx.fail(
      'invalid-value',
      [...at, 'botloom'],
      `a ${e.valueType} entry has no typed value: remove "botloom".`,
    );
  if (e.valueType === 'variable') {
    if (!isVariablePath(e.value))
      ctx.fail(
        'invalid-value',
        [...at, 'value'],
        `"${e.value}" is not a variable path: write a dot path such as order.size.`,
      );
    return `{${e.value}}`;
  }
  if (room !== 'blocks') {
    ctx.fail(
      'invalid-value',
      [...at, 'valueType'],
      `${room === 'strings' ? 'headers' : 'code arguments'} cannot name a dialog state: use "text" or "variable".`,
    );
    return e.value;
  }
  return { $block: ctx.block(e.value, [...at, 'value']) };
}

export function importEntries(
  entries: ChatlayerEntry[],
  room: EntryRoom,
  ctx: ImportContext,
  at: JsonPathSegment[],
): Record<string, Json> {
  const record: Record<string, Json> = {};
  entries.forEach((e, i) => {
    if (Object.hasOwn(record, e.key))
      ctx.fail('invalid-value', [...at, i, 'key'], `the key "${e.key}" appears twice: keep one.`);
    record[e.key] = entryValue(e, room, ctx, [...at, i]);
  });
  return record;
}

/** Header values are strings in Botloom; entries the export wrote for them always are. */
export function importHeaders(
  entries: ChatlayerEntry[],
  ctx: ImportContext,
  at: JsonPathSegment[],
): Record<string, string> {
  const record = importEntries(entries, 'strings', ctx, at);
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
}

const OPERATORS = new Map(
  (Object.entries(OPERATOR_NAMES) as [ComparisonOp, OperatorName][]).map(([op, name]) => [name, op]),
);

export function importCondition(c: ChatlayerCondition, at: JsonPathSegment[]): Condition {
  if ('conditions' in c) {
    const list = c.conditions.map((x, i) => importCondition(x, [...at, 'conditions', i]));
    return c.operator === 'and' ? { all: list } : { any: list };
  }
  if ('condition' in c) return { not: importCondition(c.condition, [...at, 'condition']) };
  const hasValue = c.value !== undefined || c.botloom !== undefined;
  return {
    var: c.variable,
    op: OPERATORS.get(c.operator)!,
    ...(hasValue
      ? { value: fromTextValue({ value: c.value ?? '', ...(c.botloom ? { botloom: c.botloom } : {}) }) }
      : {}),
    ...(c.caseSensitive !== undefined ? { caseSensitive: c.caseSensitive } : {}),
  };
}
