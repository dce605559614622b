// Type definitions of what a code block sees in the sandbox (docs/file-format.md#code-block, docs/chatlayer.md#code-actions), given to
// Monaco with addExtraLib so that completion, hover and checks know `args`, the builder, `_`, `fetch`, `console`.

const BUILDER = `
interface ChatlayerButton { type?: 'postback' | 'web_url' | 'phone_number'; title: string; payload?: string | Record<string, unknown>; url?: string }
interface ChatlayerCard { title: string; subtitle?: string; imageUrl?: string; buttons?: ChatlayerButton[] }
/** Chatlayer's fluent response builder: every method returns the builder; nothing happens until send(). */
interface ChatlayerResponseBuilder {
  /** Appends session data under a namespace; a dotted namespace a.b.c nests it. 'internal' is refused. */
  addSessionVariable(namespace: string, data: unknown): ChatlayerResponseBuilder;
  /** Older name: replaces earlier session entries. */
  setSessionVariable(namespace: string, data: unknown): ChatlayerResponseBuilder;
  /** Sends a text message (templates are not rendered here). */
  addMessage(text: string): ChatlayerResponseBuilder;
  addButtonGroup(group: { title: string; buttons: ChatlayerButton[] }): ChatlayerResponseBuilder;
  addQuickReplies(replies: { title: string; quickReplies: ChatlayerButton[] }): ChatlayerResponseBuilder;
  addCarousel(elements: ChatlayerCard[]): ChatlayerResponseBuilder;
  /** type is image, video, audio or file. */
  addMediaMessage(media: { type: 'image' | 'video' | 'audio' | 'file'; url: string }): ChatlayerResponseBuilder;
  addList(config: Record<string, unknown>): ChatlayerResponseBuilder;
  addHtml(html: string, options?: { withBalloon?: boolean }): ChatlayerResponseBuilder;
  addIframe(url: string, options?: { withBalloon?: boolean; height?: number }): ChatlayerResponseBuilder;
  /** Jumps to this block after the code block (last call wins). */
  setNextDialogState(blockId: string): ChatlayerResponseBuilder;
  toJSON(): { session?: unknown; messages?: unknown[]; action?: { nextDialogstate?: string } };
  /** Applies the response: session first, then messages, then the jump. */
  send(): void;
}
declare function ChatlayerResponseBuilder(): ChatlayerResponseBuilder;
`;

const LODASH = `
/** lodash (the common subset). */
interface LoDashSubset {
  get(object: unknown, path: string | (string | number)[], defaultValue?: unknown): any;
  set<T extends object>(object: T, path: string | (string | number)[], value: unknown): T;
  has(object: unknown, path: string | (string | number)[]): boolean;
  pick<T extends object>(object: T, ...paths: string[]): Partial<T>;
  omit<T extends object>(object: T, ...paths: string[]): Partial<T>;
  merge<T>(object: T, ...sources: unknown[]): T;
  cloneDeep<T>(value: T): T;
  isEqual(a: unknown, b: unknown): boolean;
  isEmpty(value: unknown): boolean;
  isNil(value: unknown): value is null | undefined;
  isString(value: unknown): value is string;
  isNumber(value: unknown): value is number;
  isArray(value: unknown): value is unknown[];
  isPlainObject(value: unknown): boolean;
  map<T, R>(collection: T[] | Record<string, T>, iteratee: ((value: T, key: any) => R) | string): R[];
  filter<T>(collection: T[], predicate: ((value: T, index: number) => unknown) | Partial<T> | string): T[];
  find<T>(collection: T[], predicate: ((value: T, index: number) => unknown) | Partial<T> | string): T | undefined;
  some<T>(collection: T[], predicate: ((value: T) => unknown) | Partial<T> | string): boolean;
  every<T>(collection: T[], predicate: ((value: T) => unknown) | Partial<T> | string): boolean;
  groupBy<T>(collection: T[], iteratee: ((value: T) => unknown) | string): Record<string, T[]>;
  keyBy<T>(collection: T[], iteratee: ((value: T) => unknown) | string): Record<string, T>;
  sortBy<T>(collection: T[], ...iteratees: (((value: T) => unknown) | string)[]): T[];
  orderBy<T>(collection: T[], iteratees: (((value: T) => unknown) | string)[], orders?: ('asc' | 'desc')[]): T[];
  uniq<T>(array: T[]): T[];
  uniqBy<T>(array: T[], iteratee: ((value: T) => unknown) | string): T[];
  flatten<T>(array: (T | T[])[]): T[];
  chunk<T>(array: T[], size?: number): T[][];
  range(start: number, end?: number, step?: number): number[];
  sum(array: number[]): number;
  sumBy<T>(array: T[], iteratee: ((value: T) => number) | string): number;
  max(array: number[]): number | undefined;
  min(array: number[]): number | undefined;
  round(n: number, precision?: number): number;
  clamp(n: number, lower: number, upper: number): number;
  random(lower?: number, upper?: number, floating?: boolean): number;
  capitalize(s: string): string;
  camelCase(s: string): string;
  kebabCase(s: string): string;
  snakeCase(s: string): string;
  trim(s: string, chars?: string): string;
  padStart(s: string, length: number, chars?: string): string;
  template(s: string): (data: object) => string;
  debounce<F extends (...args: any[]) => any>(f: F, wait?: number): F;
  delay(f: (...args: any[]) => void, wait: number, ...args: any[]): number;
  times<R>(n: number, iteratee: (i: number) => R): R[];
  [name: string]: any;
}
declare const _: LoDashSubset;
`;

const GLOBALS = `
interface Console { log(...data: unknown[]): void; info(...data: unknown[]): void; warn(...data: unknown[]): void; error(...data: unknown[]): void; debug(...data: unknown[]): void }
declare const console: Console;
interface Headers { get(name: string): string | null; has(name: string): boolean; forEach(cb: (value: string, key: string) => void): void }
interface Response { readonly ok: boolean; readonly status: number; readonly statusText: string; readonly headers: Headers; readonly url: string; json(): Promise<any>; text(): Promise<string> }
interface RequestInit { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | string; headers?: Record<string, string>; body?: string }
/** HTTP through Botloom's HTTP layer: API mocks apply. */
declare function fetch(url: string, init?: RequestInit): Promise<Response>;
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): number;
declare function clearTimeout(id: number | undefined): void;
`;

/** The typings for one code block: `args` gets the block's own keys. */
export function sandboxTypings(argNames: readonly string[]): string {
  const argsType = argNames.length
    ? `{ ${argNames.map((n) => `${JSON.stringify(n)}: any;`).join(' ')} [key: string]: any }`
    : 'Record<string, any>';
  return `${BUILDER}\n${LODASH}\n${GLOBALS}\n/** The block's arguments, templates already rendered. */\ndeclare const args: ${argsType};\n`;
}
