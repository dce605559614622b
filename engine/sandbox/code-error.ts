// Turns what stopped a run (a QuickJS exception, or the sandbox's own timeout/abort flags) into a typed
// CodeError (docs/file-format.md#code-block: `Syntax error`, `Timeout`, `Memory limit`, `Stack overflow`, or the error's name).
import type { CodeError } from './code-runner';

/** The file name user code is compiled under; stack frames in it carry the user's line numbers. */
export const USER_FILE = 'code.js';

export const timeoutError = (
  timeoutMs: number,
  detail = `ran longer than its limit of ${timeoutMs} ms`,
): CodeError => ({
  kind: 'code-timeout',
  name: 'Timeout',
  message: `The code ${detail}`,
});

export const memoryError = (memoryLimitMb: number): CodeError => ({
  kind: 'code-memory',
  name: 'Memory limit',
  message: `The code used more than its memory limit of ${memoryLimitMb} MB`,
});

export const stackError = (line?: number): CodeError => ({
  kind: 'code-stack',
  name: 'Stack overflow',
  message: 'The code recursed too deeply (stack overflow)',
  ...(line !== undefined ? { line } : {}),
});

function lineOf(value: Record<string, unknown>): number | undefined {
  const stack = typeof value.stack === 'string' ? value.stack : '';
  const m = new RegExp(`${USER_FILE.replace('.', '\\.')}:(\\d+)`).exec(stack);
  if (m) return Number(m[1]);
  return typeof value.lineNumber === 'number' && value.fileName === USER_FILE ? value.lineNumber : undefined;
}

/** True for QuickJS's own allocation failures (the runtime memory limit, or a string past its maximum length). */
export function isMemoryFailure(dumped: unknown): boolean {
  if (dumped === null || typeof dumped !== 'object') return dumped === null;
  const v = dumped as Record<string, unknown>;
  return v.name === 'InternalError' && (v.message === 'out of memory' || v.message === 'string too long');
}

/**
 * Classifies a dumped QuickJS exception. `compiling` is true when it came from compiling the code (a
 * syntax error there is `code-syntax`; one thrown at run time, e.g. by JSON.parse, is `code-threw`).
 */
/** The largest `send()` result a code block may hand back (as JSON text), like an API response's default cap. */
export const MAX_CODE_OUTPUT_CHARS = 1024 * 1024;
/** Error messages are cut to this many characters (a thrown 10 MB string stays in the sandbox). */
export const MAX_CODE_ERROR_CHARS = 2_000;

/** A code block whose `send()` result is over MAX_CODE_OUTPUT_CHARS. */
export function outputTooLarge(length: number): CodeError {
  return {
    kind: 'code-threw',
    name: 'Output too large',
    message: `send() was given ${length.toLocaleString('en-US')} characters of JSON; the limit is ${MAX_CODE_OUTPUT_CHARS.toLocaleString('en-US')}: send less (store big data elsewhere and send a summary).`,
  };
}

function capMessage(message: string): string {
  if (message.length <= MAX_CODE_ERROR_CHARS) return message;
  const cut = message.length - MAX_CODE_ERROR_CHARS;
  return `${message.slice(0, MAX_CODE_ERROR_CHARS)}… (${cut.toLocaleString('en-US')} more characters cut)`;
}

export function classifyException(
  dumped: unknown,
  limits: { memoryLimitMb: number },
  compiling: boolean,
): CodeError {
  if (isMemoryFailure(dumped)) return memoryError(limits.memoryLimitMb);
  const error = classifyUncapped(dumped, compiling);
  return { ...error, message: capMessage(error.message) };
}

function classifyUncapped(dumped: unknown, compiling: boolean): CodeError {
  if (dumped === null || typeof dumped !== 'object') {
    return {
      kind: 'code-threw',
      name: 'Error',
      message: `Uncaught ${typeof dumped === 'string' ? dumped : (JSON.stringify(dumped) ?? String(dumped))}`,
    };
  }
  const v = dumped as Record<string, unknown>;
  const name = typeof v.name === 'string' && v.name ? v.name : 'Error';
  const message = typeof v.message === 'string' ? v.message : (JSON.stringify(v) ?? '');
  const line = lineOf(v);
  const at = line !== undefined ? { line } : {};
  // QuickJS reports running out of stack as `stack overflow` (an InternalError; a SyntaxError from JSON.parse).
  if (message === 'stack overflow') return stackError(line);
  if (name === 'RangeError' && /call stack/i.test(message)) return stackError(line);
  if (compiling && name === 'SyntaxError')
    return { kind: 'code-syntax', name: 'Syntax error', message, ...at };
  return { kind: 'code-threw', name, message, ...at };
}
