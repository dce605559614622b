// Which string fields of a project hold templates: every string except those under these keys, whose
// values are identities, references, code, labels or patterns. Renaming a variable and checking for
// undeclared ones walk the same strings, so they read this one list.
export const NOT_TEMPLATED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'type',
  'kind',
  'op',
  'method',
  'code',
  'name',
  'notes',
  'next',
  'goTo',
  'else',
  'onError',
  'onFail',
  'noAnswer',
  'tags',
  '$block',
  'pattern',
  'flags',
]);

/** Calls `visit` for every templated string under `value` (a block, a message), with its path below `value`. */
export function forEachTemplatedString(
  value: unknown,
  visit: (text: string, path: (string | number)[]) => void,
  path: (string | number)[] = [],
  key?: string,
): void {
  if (typeof value === 'string') {
    if (!(key !== undefined && NOT_TEMPLATED_KEYS.has(key))) visit(value, path);
  } else if (Array.isArray(value))
    value.forEach((v, i) => forEachTemplatedString(v, visit, [...path, i], key));
  else if (value !== null && typeof value === 'object')
    for (const k of Object.keys(value))
      if (k !== 'position' && k !== 'code')
        forEachTemplatedString((value as Record<string, unknown>)[k], visit, [...path, k], k);
}
