// Parses a template string (docs/file-format.md#templates) into literal text and `{path|filter…}` placeholders. `\{` is a
// literal brace; braces whose content is not a path (JSON, prose) stay literal text.
export interface Placeholder {
  /** The variable path as written, e.g. `items[0].name`. */
  path: string;
  filters: readonly string[];
  /** Offsets of the whole `{…}` in the source text. */
  start: number;
  end: number;
}
export type TemplatePart = string | Placeholder;

const PATH = /^[A-Za-z_$][\w$-]*(\.[\w$-]+|\[\d+\])*$/;
const FILTER = /^[A-Za-z][\w-]*$/;
const cache = new Map<string, readonly TemplatePart[]>();
const CACHE_LIMIT = 10_000;

function placeholderAt(text: string, open: number, close: number): Placeholder | null {
  const pieces = text
    .slice(open + 1, close)
    .split('|')
    .map((p) => p.trim());
  const path = pieces[0]!;
  const filters = pieces.slice(1);
  if (!PATH.test(path) || !filters.every((f) => FILTER.test(f))) return null;
  return { path, filters, start: open, end: close + 1 };
}

function parse(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '{') {
      literal += '{';
      i += 2;
      continue;
    }
    if (c === '{') {
      const close = text.indexOf('}', i + 1);
      const nested = text.indexOf('{', i + 1);
      const placeholder = close > 0 && (nested < 0 || nested > close) ? placeholderAt(text, i, close) : null;
      if (placeholder) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push(placeholder);
        i = close + 1;
        continue;
      }
    }
    literal += c;
    i++;
  }
  if (literal) parts.push(literal);
  return parts;
}

/** The parts of a template, cached (templates of a project are few and rendered often). */
export function parseTemplate(text: string): readonly TemplatePart[] {
  let parts = cache.get(text);
  if (parts) return parts;
  parts = text.includes('{') ? parse(text) : text ? [text] : [];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parts);
  return parts;
}

/** Every `{path}` use of a template, in order (escaped braces and non-path braces excluded). */
export function templateUses(text: string): Placeholder[] {
  return parseTemplate(text).filter((p): p is Placeholder => typeof p !== 'string');
}

/** The distinct variable paths a template reads, in order of first use (for the validator). */
export function templateVariables(text: string): string[] {
  return [...new Set(templateUses(text).map((u) => u.path))];
}
