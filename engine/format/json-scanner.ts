// A small JSON reader that keeps positions: it explains the first syntax error in words (with line
// and column, the same in every JavaScript engine) and finds where a JSON path sits in the text.
// JSON.parse does the real parsing; this runs only when there is something to report.
import { formatJsonPath, type JsonPathSegment } from './json-path';

export interface TextLocation {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface JsonSyntaxProblem extends TextLocation {
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function locationOf(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

const shown = (c: string | undefined) =>
  c === undefined ? 'the end of the file' : c === '\n' ? 'a line break' : `'${c}'`;

/** Walks the text as JSON; `onSite(path, offset)` is called for every member key and array element. */
function walk(text: string, onSite: (path: JsonPathSegment[], offset: number) => boolean): void {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      throw new Stop(i, 'comments are not allowed in JSON: remove them');
  };
  const string = (): string => {
    if (text[i] === "'") throw new Stop(i, 'strings need double quotes ("…"), not single quotes');
    if (text[i] !== '"') throw new Stop(i, `expected a string in double quotes, found ${shown(text[i])}`);
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20)
        throw new Stop(
          i,
          'a string cannot contain a raw line break or control character: write it as \\n or \\t',
        );
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            throw new Stop(i, 'a \\u escape needs four hex digits');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e))
          throw new Stop(i, `unknown escape '\\${e ?? ''}' in a string: write a backslash as \\\\`);
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= text.length) throw new Stop(start, 'this string is never closed: add the closing "');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: JsonPathSegment[]): void => {
    skip();
    const c = text[i];
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"' || c === "'") return void string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (literal && !/[\w.]/.test(text[i + literal[0].length] ?? '')) {
      i += literal[0].length;
      return;
    }
    if (c === undefined)
      throw new Stop(i, 'the file ends where a value was expected: something is missing at the end');
    if (c === '}' || c === ']') throw new Stop(i, `expected a value, found ${shown(c)}`);
    const word = /^[^\s,:{}[\]"]+/.exec(text.slice(i, i + 40))?.[0] ?? c;
    throw new Stop(
      i,
      `'${word}' is not a JSON value: use a string in double quotes, a number, true, false or null`,
    );
  };
  const object = (path: JsonPathSegment[]): void => {
    i++;
    skip();
    if (text[i] === '}') return void i++;
    for (;;) {
      skip();
      if (text[i] === '}') throw new Stop(i, "trailing comma: remove the ',' before '}'");
      const keyAt = i;
      if (text[i] !== '"' && text[i] !== "'" && text[i] !== undefined && /[\w$]/.test(text[i]!))
        throw new Stop(i, 'property names need double quotes, e.g. "next"');
      if (text[i] === undefined) throw new Stop(i, "the file ends inside an object: a '}' is missing");
      const key = string();
      const member = [...path, key];
      if (onSite(member, keyAt)) throw new Stop(keyAt, '');
      skip();
      if (text[i] !== ':')
        throw new Stop(i, `expected ':' after the property name "${key}", found ${shown(text[i])}`);
      i++;
      value(member);
      skip();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return void i++;
      if (text[i] === undefined) throw new Stop(i, "the file ends inside an object: a '}' is missing");
      throw new Stop(
        i,
        `expected ',' or '}' after the value of "${key}", found ${shown(text[i])} (a comma may be missing)`,
      );
    }
  };
  const array = (path: JsonPathSegment[]): void => {
    i++;
    skip();
    if (text[i] === ']') return void i++;
    for (let index = 0; ; index++) {
      skip();
      if (text[i] === ']') throw new Stop(i, "trailing comma: remove the ',' before ']'");
      const member = [...path, index];
      if (onSite(member, i)) throw new Stop(i, '');
      value(member);
      skip();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return void i++;
      if (text[i] === undefined) throw new Stop(i, "the file ends inside an array: a ']' is missing");
      throw new Stop(
        i,
        `expected ',' or ']' after an array item, found ${shown(text[i])} (a comma may be missing)`,
      );
    }
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  skip();
  if (i >= text.length) throw new Stop(i, 'the file is empty: a botloom/1 project is a JSON object');
  value([]);
  skip();
  if (i < text.length) throw new Stop(i, `unexpected ${shown(text[i])} after the end of the JSON document`);
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  try {
    walk(text, () => false);
    return undefined;
  } catch (e) {
    // Anything but a Stop (a stack overflow on absurd nesting) leaves the explaining to JSON.parse.
    return e instanceof Stop ? { ...locationOf(text, e.offset), message: e.message } : undefined;
  }
}

/** Where `path` sits in `text` (the key of a member, the start of an array item), or undefined. */
export function locateJsonPath(text: string, path: readonly JsonPathSegment[]): TextLocation | undefined {
  if (path.length === 0) return undefined;
  const same = (p: JsonPathSegment[]) => p.length === path.length && p.every((s, k) => s === path[k]);
  try {
    walk(text, same);
    return undefined;
  } catch (e) {
    return e instanceof Stop && e.message === '' ? locationOf(text, e.offset) : undefined;
  }
}

/** Where each of `paths` (written as by formatJsonPath) sits in `text`, in one walk; unknown paths are left out. */
export function locateJsonPaths(text: string, paths: Iterable<string>): Map<string, TextLocation> {
  const wanted = new Set(paths);
  const found = new Map<string, TextLocation>();
  if (wanted.size === 0) return found;
  const offsets = new Map<string, number>();
  try {
    walk(text, (path, offset) => {
      const key = formatJsonPath(path);
      if (wanted.has(key) && !offsets.has(key)) offsets.set(key, offset);
      return offsets.size === wanted.size;
    });
  } catch {
    // A Stop ends the walk early; a stack overflow on absurd nesting leaves the rest unlocated.
  }
  // One pass over the text for all line numbers.
  const sorted = [...offsets].sort((a, b) => a[1] - b[1]);
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const [key, offset] of sorted) {
    for (; i < offset; i++) if (text.charCodeAt(i) === 10) [line, lineStart] = [line + 1, i + 1];
    found.set(key, { offset, line, column: offset - lineStart + 1 });
  }
  return found;
}
