// Reading the botloom/1 zod schemas alongside a value: which object shape, record, array or union
// option a value belongs to. The writer uses it for key order, the error explainer for allowed keys.
import type { z } from 'zod';

type Schema = z.ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  getter?: () => Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  valueType?: Schema;
  element?: Schema;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);
const unwrapped = new WeakMap<Schema, Schema>();

/** The schema under optional/default/lazy wrappers. */
export function unwrap(schema: Schema): Schema {
  const cached = unwrapped.get(schema);
  if (cached) return cached;
  let s = schema;
  for (let d = defOf(s); ; d = defOf(s)) {
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === 'lazy' && d.getter) s = d.getter();
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  unwrapped.set(schema, s);
  return s;
}

export const schemaType = (schema: Schema): string => defOf(unwrap(schema)).type;
export const shapeOf = (schema: Schema): Record<string, Schema> | undefined => defOf(unwrap(schema)).shape;
export const unionOptions = (schema: Schema): Schema[] => defOf(unwrap(schema)).options ?? [];
export const discriminatorOf = (schema: Schema): string | undefined => defOf(unwrap(schema)).discriminator;

/** Whether an object key with this schema may be left out. */
export function isOptionalKey(schema: Schema): boolean {
  const t = defOf(schema).type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function fits(option: Schema, value: unknown): 'exact' | 'keys' | 'type' | false {
  const t = schemaType(option);
  if (Array.isArray(value)) return t === 'array' ? 'exact' : false;
  if (isPlainObject(value)) {
    if (t === 'record') return 'type';
    const shape = shapeOf(option);
    if (!shape) return false;
    if (!Object.keys(value).every((k) => k in shape)) return false;
    return Object.entries(shape).every(([k, s]) => isOptionalKey(s) || k in value) ? 'exact' : 'keys';
  }
  if (value === null) return t === 'null' ? 'exact' : false;
  const primitive = typeof value;
  if (t === primitive) return 'exact';
  if (t === 'literal' || t === 'enum') return 'type';
  return false;
}

/** The option of a union that `value` is meant to be (discriminator first, else the best fit). */
export function pickOption(union: Schema, value: unknown): Schema | undefined {
  const options = unionOptions(union);
  const disc = discriminatorOf(union);
  if (disc !== undefined) {
    if (!isPlainObject(value)) return undefined;
    return options.find((o) => {
      const tag = shapeOf(o)?.[disc];
      return tag !== undefined && (defOf(unwrap(tag)).values ?? []).includes(value[disc]);
    });
  }
  let best: Schema | undefined;
  let rank = 0;
  const ranks = { exact: 3, keys: 2, type: 1 } as const;
  for (const o of options) {
    const f = fits(o, value);
    if (f && ranks[f] > rank) {
      best = o;
      rank = ranks[f];
      if (rank === 3) break;
    }
  }
  if (best || !isPlainObject(value)) return best;
  // Nothing fits (unknown keys): the object option sharing most keys with the value.
  let overlap = 0;
  for (const o of options) {
    const shape = shapeOf(o);
    const n = shape ? Object.keys(value).filter((k) => k in shape).length : 0;
    if (n > overlap) [best, overlap] = [o, n];
  }
  return best;
}

/** The schema a value actually follows: wrappers removed and unions resolved by the value. */
export function resolve(schema: Schema, value: unknown): Schema | undefined {
  let s: Schema | undefined = unwrap(schema);
  for (let n = 0; s && schemaType(s) === 'union' && n < 8; n++) {
    const picked = pickOption(s, value);
    s = picked ? unwrap(picked) : undefined;
  }
  return s;
}

/** The schema of `key` inside a value that follows `schema` (already resolved). */
export function childSchema(schema: Schema, key: string | number): Schema | undefined {
  const d = defOf(unwrap(schema));
  if (d.type === 'object') return d.shape?.[String(key)];
  if (d.type === 'record') return d.valueType;
  if (d.type === 'array') return d.element;
  return undefined;
}

/** The schema at `path` inside `data` (unions resolved along the way; the last one left as is). */
export function schemaAt(root: Schema, data: unknown, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = root;
  let v = data;
  for (const key of path) {
    const r: Schema | undefined = s && resolve(s, v);
    s = r && childSchema(r, key as string | number);
    v = isPlainObject(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
    if (!s) return undefined;
  }
  return s && unwrap(s);
}
