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
  '$block',
  'pattern',
  'flags',
]);
