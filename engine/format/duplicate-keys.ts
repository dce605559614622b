// Finds the first key that appears twice in one JSON object (JSON.parse silently keeps the last one,
// so a hand-edited project could lose a block or a setting without a word), or a `__proto__` key (JSON.parse
// keeps it as an own property, but zod's records and objects drop it without a word, and in JavaScript it names
// the prototype). Runs on text that already parsed, in one linear pass.
import { formatJsonPath, type JsonPathSegment } from './json-path';
import { locationOf, type TextLocation } from './json-scanner';

export interface KeyProblem extends TextLocation {
  key: string;
  /** `duplicate`: the key appears twice; `prototype`: the key is `__proto__`. */
  kind: 'duplicate' | 'prototype';
  /** The JSON path of the object holding the key. */
  path: string;
}

interface Frame {
  keys: Set<string> | null; // null for an array
  at: JsonPathSegment;
}

/** The first duplicate or `__proto__` key in `text` (valid JSON), or undefined. */
export function findKeyProblem(text: string): KeyProblem | undefined {
  const stack: Frame[] = [];
  const index: number[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack.at(-1);
      if (expectKey && top?.keys) {
        const raw = text.slice(start + 1, i);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key) || key === '__proto__') {
          const path = formatJsonPath(stack.slice(0, -1).map((f) => f.at));
          const kind = key === '__proto__' ? 'prototype' : 'duplicate';
          return { key, kind, path, ...locationOf(text, start) };
        }
        top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
    } else if (c === 0x7b || c === 0x5b) {
      const parent = stack.at(-1);
      if (parent && !parent.keys) parent.at = index.at(-1)!;
      stack.push({ keys: c === 0x7b ? new Set() : null, at: '' });
      index.push(0);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      index.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = stack.at(-1);
      if (top?.keys) expectKey = true;
      else if (top) index[index.length - 1]! += 1;
    }
  }
  return undefined;
}

/**
 * findKeyProblem for one JSON row of a project file (a block, a setting, a list entry), scanned only when it
 * could spell `__proto__`: as is, or through a `\u` escape (JSON has no other way to write `_`). JSON.stringify,
 * which wrote every row Botloom made, never writes a duplicate key, so a clean row costs one substring search.
 */
export function findRowKeyProblem(json: string): KeyProblem | undefined {
  return json.includes('__proto__') || json.includes('\\u') ? findKeyProblem(json) : undefined;
}
