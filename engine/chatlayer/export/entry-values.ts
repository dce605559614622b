// Values that Chatlayer holds as text (button params, comparison values, defaults, API and code
// entries), in both directions. A Botloom value that is not a string is written as its JSON text and
// kept, typed, in the item's `botloom.value`, which the import prefers.
import type { Json } from '../../model';
import { canonicalJson } from './canonical-json';
import type { ChatlayerEntry, TypedValue } from './message-schema';

export interface TextValue {
  value: string;
  botloom?: TypedValue;
}

export function toTextValue(value: Json): TextValue {
  if (typeof value === 'string') return { value };
  const typed = canonicalJson(value);
  return { value: value === null ? '' : JSON.stringify(typed), botloom: { value: typed } };
}

export function fromTextValue(item: TextValue): Json {
  return item.botloom ? item.botloom.value : item.value;
}

/** A string that is exactly one `{path}` without a filter: Chatlayer's *variable* value type. */
const VARIABLE_TEMPLATE = /^\{([A-Za-z_$][\w$-]*(?:\.[\w$-]+|\[\d+\])*)\}$/;

export const isVariablePath = (path: string): boolean => VARIABLE_TEMPLATE.test(`{${path}}`);

/** `{ "$block": "id" }` alone: Chatlayer's *dialogstate* value type (docs/file-format.md#api-block). */
export function blockValue(value: Json): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$block' && typeof value.$block === 'string'
    ? value.$block
    : undefined;
}

/**
 * One entry; `ref` maps a block id to its Chatlayer id and is given only where a block value means a
 * dialog state (API query and body, not headers or code arguments).
 */
export function toEntry(key: string, value: Json, ref?: (blockId: string) => string): ChatlayerEntry {
  if (typeof value === 'string') {
    const variable = VARIABLE_TEMPLATE.exec(value);
    return variable ? { key, valueType: 'variable', value: variable[1]! } : { key, valueType: 'text', value };
  }
  const block = ref && blockValue(value);
  if (block !== undefined) return { key, valueType: 'dialogstate', value: ref!(block) };
  return { key, valueType: 'text', ...toTextValue(value) };
}

/** The entries of a record, sorted by key (a record's key order means nothing). */
export function toEntries(record: Record<string, Json>, ref?: (blockId: string) => string): ChatlayerEntry[] {
  return Object.keys(record)
    .sort()
    .map((key) => toEntry(key, record[key]!, ref));
}

/** Whether a value becomes an entry that Chatlayer sends as the same JSON (text or variable, or a block). */
export function isPlainEntryValue(value: Json, blocks: boolean): boolean {
  return typeof value === 'string' || (blocks && blockValue(value) !== undefined);
}
