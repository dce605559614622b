// A small scanner for `{path}` template uses (SPEC §3): honours `\{` escapes and `|filter`s, and
// rewrites the variable paths it finds; everything else in the text is kept byte for byte.
const PATH = /^[A-Za-z_$][\w$-]*(\.[\w$-]+|\[\d+\])*$/;

/** Every `{path}` use in `text`, with the offsets of the path itself. */
export function templatePaths(text: string): { path: string; start: number; end: number }[] {
  const uses: { path: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '{') {
      i += 2;
      continue;
    }
    if (c !== '{') {
      i++;
      continue;
    }
    const close = text.indexOf('}', i + 1);
    if (close < 0) break;
    const inner = text.slice(i + 1, close);
    const open = inner.indexOf('{');
    if (open >= 0) {
      i = i + 1 + open;
      continue;
    }
    const bar = inner.indexOf('|');
    const raw = bar < 0 ? inner : inner.slice(0, bar);
    const path = raw.trim();
    if (PATH.test(path)) {
      const start = i + 1 + raw.indexOf(path);
      uses.push({ path, start, end: start + path.length });
    }
    i = close + 1;
  }
  return uses;
}

/** `text` with each template path passed through `rename` (return undefined to keep it). */
export function rewriteTemplatePaths(text: string, rename: (path: string) => string | undefined): string {
  if (!text.includes('{')) return text;
  let out = '';
  let last = 0;
  for (const use of templatePaths(text)) {
    const next = rename(use.path);
    if (next === undefined || next === use.path) continue;
    out += text.slice(last, use.start) + next;
    last = use.end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Renames `from` and the paths under it (`from.x`, `from[0]`); undefined for other paths. */
export function renamePathPrefix(path: string, from: string, to: string): string | undefined {
  if (path === from) return to;
  if (path.startsWith(from) && (path[from.length] === '.' || path[from.length] === '[')) return to + path.slice(from.length);
  return undefined;
}
