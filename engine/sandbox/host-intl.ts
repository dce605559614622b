// The host side of the sandbox's Intl (shims/intl.ts): a code block's formatting request arrives as one
// JSON string, is checked (known option keys with primitive values, capped sizes; nothing of the block's
// objects crosses), and is answered by the host's own Intl, so results are exactly Node's.
import { z } from 'zod';

export const NUMBER_OPTION_KEYS = [
  'localeMatcher',
  'numberingSystem',
  'style',
  'currency',
  'currencyDisplay',
  'currencySign',
  'unit',
  'unitDisplay',
  'notation',
  'compactDisplay',
  'signDisplay',
  'useGrouping',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingMode',
  'roundingPriority',
  'roundingIncrement',
  'trailingZeroDisplay',
] as const;

export const DATE_OPTION_KEYS = [
  'localeMatcher',
  'calendar',
  'numberingSystem',
  'hour12',
  'hourCycle',
  'timeZone',
  'weekday',
  'era',
  'year',
  'month',
  'day',
  'dayPeriod',
  'hour',
  'minute',
  'second',
  'fractionalSecondDigits',
  'timeZoneName',
  'formatMatcher',
  'dateStyle',
  'timeStyle',
] as const;

export const MAX_LOCALES = 16;
export const MAX_LOCALE_CHARS = 128;
/** Longest request the host reads, and longest string value formatted (as a decimal number). */
const MAX_REQUEST_CHARS = 16_384;
const MAX_VALUE_CHARS = 1_024;
/** Formatters kept for reuse (making one costs tens of microseconds). */
const CACHE_SIZE = 64;

const option = z.union([z.string().max(256), z.number(), z.boolean()]);
const optionsOf = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, option.optional()]))).strict();
const locales = z.array(z.string().max(MAX_LOCALE_CHARS)).max(MAX_LOCALES).optional();
const value = z.union([
  z.object({ n: z.number() }).strict(),
  z.object({ x: z.enum(['NaN', 'Infinity', '-Infinity', '-0']) }).strict(),
  z.object({ s: z.string().max(MAX_VALUE_CHARS) }).strict(),
  z.object({ b: z.string().regex(/^-?\d{1,400}$/) }).strict(),
]);
const formatter = (type: 'NumberFormat' | 'DateTimeFormat', keys: readonly string[]) =>
  z
    .object({
      type: z.literal(type),
      method: z.enum(['resolvedOptions', 'format', 'formatToParts', 'supportedLocalesOf']),
      locales,
      options: optionsOf(keys).optional(),
      value: value.optional(),
    })
    .strict();
const request = z.union([
  formatter('NumberFormat', NUMBER_OPTION_KEYS),
  formatter('DateTimeFormat', DATE_OPTION_KEYS),
  z
    .object({
      type: z.literal('Number'),
      method: z.literal('toLocaleString'),
      value,
      locales,
      options: optionsOf(NUMBER_OPTION_KEYS).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('Date'),
      method: z.enum(['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']),
      value,
      locales,
      options: optionsOf(DATE_OPTION_KEYS).optional(),
    })
    .strict(),
  z.object({ type: z.literal('Intl'), method: z.literal('getCanonicalLocales'), locales }).strict(),
]);
type IntlRequest = z.infer<typeof request>;
type Value = z.infer<typeof value>;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatterFor(r: Extract<IntlRequest, { type: 'NumberFormat' | 'DateTimeFormat' }>) {
  const key = JSON.stringify([r.type, r.locales, r.options]);
  let f = cache.get(key);
  if (!f) {
    f =
      r.type === 'NumberFormat'
        ? new Intl.NumberFormat(r.locales, r.options as Intl.NumberFormatOptions)
        : new Intl.DateTimeFormat(r.locales, r.options as Intl.DateTimeFormatOptions);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, f);
  }
  return f;
}

function toValue(v: Value | undefined): number | string | bigint {
  if (v === undefined) return NaN;
  if ('n' in v) return v.n;
  if ('x' in v) return Number(v.x);
  if ('b' in v) return BigInt(v.b);
  return v.s;
}

function answer(r: IntlRequest): unknown {
  switch (r.type) {
    case 'Intl':
      return Intl.getCanonicalLocales(r.locales);
    case 'Number':
      return (toValue(r.value) as number).toLocaleString(r.locales, r.options as Intl.NumberFormatOptions);
    case 'Date': {
      const date = new Date(Number(toValue(r.value)));
      return date[r.method](r.locales, r.options as Intl.DateTimeFormatOptions);
    }
    default: {
      if (r.method === 'supportedLocalesOf')
        return r.type === 'NumberFormat'
          ? Intl.NumberFormat.supportedLocalesOf(r.locales ?? [])
          : Intl.DateTimeFormat.supportedLocalesOf(r.locales ?? []);
      const f = formatterFor(r);
      if (r.method === 'resolvedOptions') return f.resolvedOptions();
      const v = r.type === 'DateTimeFormat' ? Number(toValue(r.value)) : toValue(r.value);
      // NumberFormat formats strings as exact decimals (Intl.NumberFormat v3), as Node does.
      return r.method === 'format'
        ? (f.format as (x: unknown) => string)(v)
        : (f.formatToParts as (x: unknown) => unknown)(v);
    }
  }
}

const failure = (name: 'TypeError' | 'RangeError', message: string) =>
  JSON.stringify({ error: { name, message } });

/** Answers one request of the sandbox's Intl: `{ value }` or `{ error: { name, message } }`, as JSON. */
export function intlHostCall(json: string): string {
  if (json.length > MAX_REQUEST_CHARS)
    return failure(
      'RangeError',
      `Intl: the request is too large for the sandbox (${json.length} characters)`,
    );
  let parsed: IntlRequest;
  try {
    const checked = request.safeParse(JSON.parse(json));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return failure(
        'TypeError',
        `Intl: unsupported arguments in the sandbox (${issue?.path.join('.') || 'request'}: ${issue?.message})`,
      );
    }
    parsed = checked.data;
  } catch {
    return failure('TypeError', 'Intl: the request is not valid JSON');
  }
  try {
    return JSON.stringify({ value: answer(parsed) });
  } catch (e) {
    return failure(
      e instanceof TypeError ? 'TypeError' : 'RangeError',
      e instanceof Error ? e.message : String(e),
    );
  }
}
