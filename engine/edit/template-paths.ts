// Variable paths in templates as edits see them (docs/file-format.md#templates): the placeholders engine/template finds (so an
// edit renames exactly what a conversation reads), with the offsets of the path itself for rewriting.
import { templateUses } from '../template';

/** Every `{path}` use in `text`, with the offsets of the path itself. */
export function templatePaths(text: string): { path: string; start: number; end: number }[] {
  return templateUses(text).map(({ path, start: open }) => {
    // The path is the placeholder's first piece, trimmed: only spaces can stand between it and the brace.
    const start = text.indexOf(path, open + 1);
    return { path, start, end: start + path.length };
  });
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
  if (path.startsWith(from) && (path[from.length] === '.' || path[from.length] === '['))
    return to + path.slice(from.length);
  return undefined;
}
