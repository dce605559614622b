// The expression syntax's functions (docs/expressions.md#functions). `documented`: the name and its meaning appear in
// Chatlayer's list of built-in functions; `unverified`: Botloom offers it in the same style, but its presence and exact
// behaviour in Chatlayer are not confirmed, so an export warns about it.
import { formatDate, toDate } from './dates';
import { EvaluationError, toList, toNumber, toText } from './values';

export interface FunctionEnv {
  /** The conversation clock, epoch milliseconds. */
  now(): number;
}

export type FunctionCategory = 'arithmetic' | 'text' | 'list' | 'date';

export interface ExpressionFunction {
  name: string;
  /** How it is called, for the docs and messages: `ROUND(number, digits?)`. */
  signature: string;
  category: FunctionCategory;
  source: 'documented' | 'unverified';
  summary: string;
  example: { expression: string; result: string };
  minArgs: number;
  maxArgs: number;
  run(args: unknown[], env: FunctionEnv): unknown;
}

const fn = (f: ExpressionFunction) => f;

const round = (n: number, digits: number) => {
  if (!Number.isInteger(digits) || digits < 0 || digits > 15)
    throw new EvaluationError(`ROUND needs a whole number of digits from 0 to 15, got ${digits}`);
  // Through the decimal text, so that 2.345 (stored as 2.34499…) rounds to 2.35 as written.
  return Number(`${Math.round(Number(`${n}e${digits}`))}e-${digits}`);
};

export const EXPRESSION_FUNCTIONS: readonly ExpressionFunction[] = [
  fn({
    name: 'ABS',
    signature: 'ABS(number)',
    category: 'arithmetic',
    source: 'documented',
    summary: 'The absolute value of a number.',
    example: { expression: '{ABS(-4.5)}', result: '4.5' },
    minArgs: 1,
    maxArgs: 1,
    run: ([n]) => Math.abs(toNumber(n, 'ABS')),
  }),
  fn({
    name: 'ROUND',
    signature: 'ROUND(number, digits?)',
    category: 'arithmetic',
    source: 'unverified',
    summary: 'The number rounded to `digits` decimals (0 when left out); halves round up.',
    example: { expression: '{ROUND(2.345, 2)}', result: '2.35' },
    minArgs: 1,
    maxArgs: 2,
    run: ([n, d]) => round(toNumber(n, 'ROUND'), d === undefined ? 0 : toNumber(d, 'ROUND')),
  }),
  fn({
    name: 'FLOOR',
    signature: 'FLOOR(number)',
    category: 'arithmetic',
    source: 'unverified',
    summary: 'The largest whole number not above the number.',
    example: { expression: '{FLOOR(7.9)}', result: '7' },
    minArgs: 1,
    maxArgs: 1,
    run: ([n]) => Math.floor(toNumber(n, 'FLOOR')),
  }),
  fn({
    name: 'CEIL',
    signature: 'CEIL(number)',
    category: 'arithmetic',
    source: 'unverified',
    summary: 'The smallest whole number not below the number.',
    example: { expression: '{CEIL(7.1)}', result: '8' },
    minArgs: 1,
    maxArgs: 1,
    run: ([n]) => Math.ceil(toNumber(n, 'CEIL')),
  }),
  fn({
    name: 'CAPITALIZE',
    signature: 'CAPITALIZE(text)',
    category: 'text',
    source: 'documented',
    summary: 'The text with its first character in uppercase and the others in lowercase.',
    example: { expression: '{CAPITALIZE("hELLO world")}', result: 'Hello world' },
    minArgs: 1,
    maxArgs: 1,
    run: ([t]) => {
      const s = toText(t);
      return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    },
  }),
  fn({
    name: 'DOWNCASE',
    signature: 'DOWNCASE(text)',
    category: 'text',
    source: 'documented',
    summary: 'The text with every character in lowercase.',
    example: { expression: '{DOWNCASE("Hello World")}', result: 'hello world' },
    minArgs: 1,
    maxArgs: 1,
    run: ([t]) => toText(t).toLowerCase(),
  }),
  fn({
    name: 'UPCASE',
    signature: 'UPCASE(text)',
    category: 'text',
    source: 'unverified',
    summary: 'The text with every character in uppercase.',
    example: { expression: '{UPCASE("Hello")}', result: 'HELLO' },
    minArgs: 1,
    maxArgs: 1,
    run: ([t]) => toText(t).toUpperCase(),
  }),
  fn({
    name: 'SPLIT',
    signature: 'SPLIT(text, separator)',
    category: 'text',
    source: 'unverified',
    summary: 'The list of the pieces of the text between separators.',
    example: { expression: '{SPLIT("a,b,c", ",")}', result: '["a","b","c"]' },
    minArgs: 2,
    maxArgs: 2,
    run: ([t, sep]) => toText(t).split(toText(sep)),
  }),
  fn({
    name: 'APPEND',
    signature: 'APPEND(list, item, …)',
    category: 'list',
    source: 'documented',
    summary:
      'A new list: the list with one or more items added at its end (a list never set counts as empty).',
    example: { expression: '{APPEND([1, 2], 3, 4)}', result: '[1,2,3,4]' },
    minArgs: 2,
    maxArgs: 100,
    run: ([list, ...items]) => [...toList(list, 'APPEND'), ...items],
  }),
  fn({
    name: 'SIZE',
    signature: 'SIZE(list or text)',
    category: 'list',
    source: 'unverified',
    summary: 'The number of items of a list, characters of a text, or keys of an object (0 when not set).',
    example: { expression: '{SIZE(["a", "b"])}', result: '2' },
    minArgs: 1,
    maxArgs: 1,
    run: ([v]) =>
      Array.isArray(v) || typeof v === 'string'
        ? v.length
        : v !== null && typeof v === 'object'
          ? Object.keys(v).length
          : v === undefined || v === null
            ? 0
            : toText(v).length,
  }),
  fn({
    name: 'JOIN',
    signature: 'JOIN(list, separator)',
    category: 'list',
    source: 'unverified',
    summary: 'The items of a list as one text, with the separator between them.',
    example: { expression: '{JOIN(["red", "blue"], " and ")}', result: 'red and blue' },
    minArgs: 2,
    maxArgs: 2,
    run: ([list, sep]) => toList(list, 'JOIN').map(toText).join(toText(sep)),
  }),
  fn({
    name: 'NOW',
    signature: 'NOW()',
    category: 'date',
    source: 'unverified',
    summary: 'The current time as ISO text in UTC (the conversation clock: fixed in tests).',
    example: { expression: '{NOW()}', result: '2026-01-01T00:00:00.000Z' },
    minArgs: 0,
    maxArgs: 0,
    run: (_, env) => new Date(env.now()).toISOString(),
  }),
  fn({
    name: 'DATE',
    signature: 'DATE(date, format)',
    category: 'date',
    source: 'unverified',
    summary:
      'The date written with the format: YYYY, MM, DD, HH, mm and ss stand for its UTC fields. Reads ISO text, epoch milliseconds or DD-MM-YYYY.',
    example: { expression: '{DATE("2026-03-09T14:05:00Z", "DD/MM/YYYY HH:mm")}', result: '09/03/2026 14:05' },
    minArgs: 2,
    maxArgs: 2,
    run: ([d, format]) => formatDate(toDate(d, 'DATE'), toText(format)),
  }),
];

const byName = new Map(EXPRESSION_FUNCTIONS.map((f) => [f.name, f]));

export function expressionFunction(name: string): ExpressionFunction | undefined {
  return byName.get(name);
}
