// Turns zod issues into schema errors a person can act on: one error per problem, at its JSON path,
// saying what is wrong and how to fix it (unknown keys named, unions explained, no union noise).
import type { z } from 'zod';
import { valueAt } from './json-path';
import { isOptionalKey, resolve, schemaAt, shapeOf, unionOptions } from './schema-walk';

type Issue = z.core.$ZodIssue;
export interface ExplainedIssue {
  path: PropertyKey[];
  message: string;
}

const NOUNS: Record<string, string> = {
  blocks: 'block',
  messages: 'message',
  prompt: 'message',
  validate: 'validation',
  auth: 'auth',
};

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  return `${typeof v} ${String(v)}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      prev = keep;
    }
  }
  return row[b.length]!;
}

function suggestion(key: string, allowed: string[]): string {
  const best = allowed.map((k) => [k, editDistance(key, k)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= Math.max(1, Math.floor(key.length / 3)) ? ` Did you mean "${best[0]}"?` : '';
}

function describeShape(schema: z.ZodType): string {
  const shape = shapeOf(schema);
  if (!shape) return 'a value';
  return `{${Object.entries(shape)
    .map(([k, s]) => (isOptionalKey(s) ? `${k}?` : k))
    .join(', ')}}`;
}

export class IssueExplainer {
  constructor(
    private readonly root: z.ZodType,
    private readonly data: unknown,
  ) {}

  explain(issues: readonly Issue[], base: PropertyKey[] = []): ExplainedIssue[] {
    return issues.flatMap((issue) => this.one(issue, [...base, ...issue.path]));
  }

  private one(issue: Issue, path: PropertyKey[]): ExplainedIssue[] {
    const value = valueAt(this.data, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const here = schemaAt(this.root, this.data, path);
        const resolved = here && resolve(here, value);
        const allowed = Object.keys((resolved && shapeOf(resolved)) ?? {});
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `unknown key "${key}": remove it.${suggestion(key, allowed)}${allowed.length ? ` Allowed here: ${allowed.join(', ')}.` : ''}`,
        }));
      }
      case 'invalid_union':
        return this.union(issue, path, value);
      case 'invalid_type': {
        const parent = valueAt(this.data, path.slice(0, -1));
        const last = path[path.length - 1];
        if (value === undefined && typeof last === 'string' && parent !== null && typeof parent === 'object')
          return [{ path, message: `"${last}" is missing: add it (${issue.expected}).` }];
        return [{ path, message: `expected ${article(issue.expected)}, found ${describeValue(value)}.` }];
      }
      case 'invalid_value': {
        const values = issue.values.map((v) => JSON.stringify(v));
        const expected = values.length > 2 ? `one of ${values.join(', ')}` : values.join(' or ');
        return [{ path, message: `expected ${expected}, found ${describeValue(value)}.` }];
      }
      case 'invalid_format':
      case 'too_small':
      case 'too_big':
        return [
          {
            path,
            message: `${issue.message}${value === undefined || typeof value === 'object' ? '' : ` (found ${describeValue(value)})`}.`,
          },
        ];
      default:
        return [{ path, message: `${issue.message}.` }];
    }
  }

  private union(
    issue: Extract<Issue, { code: 'invalid_union' }>,
    path: PropertyKey[],
    value: unknown,
  ): ExplainedIssue[] {
    const tagged = issue as typeof issue & { discriminator?: string; options?: unknown[] };
    if (tagged.discriminator !== undefined) {
      const key = tagged.discriminator;
      const objectPath = path[path.length - 1] === key ? path.slice(0, -1) : path;
      const container = [...objectPath].reverse().find((p) => typeof p === 'string');
      const noun = `${NOUNS[String(container)] ?? 'value'} ${key}`;
      const expected = (tagged.options ?? []).map(String).join(', ');
      const tag = valueAt(this.data, [...objectPath, key]);
      if (valueAt(this.data, objectPath) === null || typeof valueAt(this.data, objectPath) !== 'object')
        return [
          {
            path: objectPath,
            message: `expected an object with a "${key}" (${expected}), found ${describeValue(valueAt(this.data, objectPath))}.`,
          },
        ];
      return [
        tag === undefined
          ? { path: [...objectPath, key], message: `"${key}" is missing: add one of ${expected}.` }
          : {
              path: [...objectPath, key],
              message: `unknown ${noun} ${describeValue(tag)} (expected ${expected}).`,
            },
      ];
    }
    // Pick the option the value was meant to be: fewest top-level mismatches, then fewest issues.
    const scored = issue.errors.map((branch) => {
      let mismatches = 0;
      for (const i of branch) {
        if (i.code === 'unrecognized_keys' && i.path.length === 0) mismatches += i.keys.length;
        else if (i.path.length === 0) mismatches += 100;
        else if (i.path.length === 1 && valueAt(value, i.path) === undefined) mismatches += 1;
      }
      return { branch, mismatches };
    });
    scored.sort((a, b) => a.mismatches - b.mismatches || a.branch.length - b.branch.length);
    const best = scored[0];
    if (best && best.mismatches === 0) return this.explain(best.branch, path);
    const union = schemaAt(this.root, this.data, path);
    const shapes = union
      ? unionOptions(union)
          .filter((o) => shapeOf(o))
          .map(describeShape)
      : [];
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!isObject || shapes.length === 0)
      return [
        {
          path,
          message: `expected ${shapes.length ? `one of ${shapes.join(', ')}` : 'a different value'}, found ${describeValue(value)}.`,
        },
      ];
    const known = new Set(unionOptions(union!).flatMap((o) => Object.keys(shapeOf(o) ?? {})));
    const unknown = Object.keys(value).filter((k) => !known.has(k));
    const missing = unionOptions(union!)
      .map((o) =>
        Object.entries(shapeOf(o) ?? {})
          .filter(([k, s]) => !isOptionalKey(s) && !(k in value))
          .map(([k]) => `"${k}"`),
      )
      .filter((keys) => keys.length > 0)
      // "add title" says it all where another option would need title and more.
      .filter(
        (keys, i, all) =>
          !all.some((o, j) => j !== i && o.length < keys.length && o.every((k) => keys.includes(k))),
      );
    const head = unknown.length
      ? `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`
      : `incomplete: add ${missing.map((keys) => keys.join(' and ')).join(' or ')}`;
    const hint = unknown.length === 1 ? suggestion(unknown[0]!, [...known]) : '';
    return [{ path, message: `${head}: expected one of ${shapes.join(', ')}.${hint}` }];
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
