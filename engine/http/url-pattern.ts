// Mock URL patterns (docs/file-format.md#mocks): `*` matches any run of characters. How the query string takes part:
// a pattern without `?` is matched against the request URL without its query string (the query is
// ignored); a pattern with `?` also requires each of its `name=value` pairs among the request's
// query parameters, in any order (values may use `*`; other parameters of the request are allowed).
// The fragment (`#…`) never takes part.

export interface UrlPattern {
  readonly source: string;
  matches(url: string): boolean;
}

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A glob where `*` matches any run of characters (including none) and nothing else is special. */
function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`, 's');
}

function splitUrl(url: string): { base: string; query: string } {
  const hash = url.indexOf('#');
  const noHash = hash < 0 ? url : url.slice(0, hash);
  const q = noHash.indexOf('?');
  return q < 0 ? { base: noHash, query: '' } : { base: noHash.slice(0, q), query: noHash.slice(q + 1) };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function queryPairs(query: string): [string, string][] {
  if (query === '') return [];
  return query.split('&').map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
  });
}

export function compileUrlPattern(source: string): UrlPattern {
  const { base, query } = splitUrl(source);
  const baseRe = glob(base);
  const wanted = queryPairs(query).map(([name, value]) => ({ name, value: glob(value) }));
  return {
    source,
    matches(url: string): boolean {
      const request = splitUrl(url);
      if (!baseRe.test(request.base)) return false;
      if (wanted.length === 0) return true;
      const have = queryPairs(request.query);
      return wanted.every((w) => have.some(([name, value]) => name === w.name && w.value.test(value)));
    },
  };
}
