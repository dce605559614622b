// Chatlayer's template filters (docs/chatlayer.md#templates): `{n|increment}`, `{s|toUpperCase}`, `{s|toLowerCase}`,
// `{s|capitalize}`. A filter gets the variable's value and returns a new one, or an error text.
export const FILTER_NAMES = ['increment', 'toUpperCase', 'toLowerCase', 'capitalize'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export type FilterResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Text form of a value inside a template: objects and arrays as JSON, null/undefined as ''. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function increment(value: unknown): FilterResult {
  // The counter idiom sets `n` to `{n|increment}`: an unset counter becomes 1.
  if (value === undefined || value === null || value === '') return { ok: true, value: 1 };
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  if (!Number.isFinite(n))
    return { ok: false, message: `increment needs a number, got ${JSON.stringify(value)}` };
  return { ok: true, value: n + 1 };
}

const text =
  (f: (s: string) => string) =>
  (value: unknown): FilterResult => ({ ok: true, value: f(valueText(value)) });

const FILTERS: Record<FilterName, (value: unknown) => FilterResult> = {
  increment,
  toUpperCase: text((s) => s.toUpperCase()),
  toLowerCase: text((s) => s.toLowerCase()),
  capitalize: text((s) => s.charAt(0).toUpperCase() + s.slice(1)),
};

export function isFilterName(name: string): name is FilterName {
  return Object.prototype.hasOwnProperty.call(FILTERS, name);
}

/** Applies one filter; unknown names are reported by the caller. */
export function applyFilter(name: FilterName, value: unknown): FilterResult {
  return FILTERS[name](value);
}
