// app.docs: the documentation shipped with the app (README.md and docs/*.md), read from disk so Help ›
// Documentation works offline and never opens a web address. From a checkout or an npm install the files
// are at the package root; a packaged app carries copies in dist/docs (scripts/build.mjs copies them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HostError, type DocsAnswer } from '../api';

/** The folder holding README.md and docs/, found from this module (bundled in dist/ or run from source). */
export function defaultDocsRoot(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) {
      if (existsSync(path.join(dir, 'README.md'))) return dir;
      const shipped = path.join(dir, 'dist', 'docs');
      return existsSync(path.join(shipped, 'README.md')) ? shipped : null;
    }
    dir = path.dirname(dir);
  }
  return null;
}

const titleOf = (markdown: string, fallback: string) => /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? fallback;

export function createDocsService(root: string | null = defaultDocsRoot()) {
  const pages = (): string[] => {
    if (!root) return [];
    const docs = path.join(root, 'docs');
    const inDocs = existsSync(docs)
      ? readdirSync(docs)
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => `docs/${name}`)
      : [];
    return [...(existsSync(path.join(root, 'README.md')) ? ['README.md'] : []), ...inDocs];
  };
  return {
    'app.docs': ({ path: asked }: { path?: string }): DocsAnswer => {
      const list = pages();
      if (!root || list.length === 0)
        throw new HostError(
          'not-found',
          'The documentation is not installed with this copy of Botloom: read README.md and docs/ in its source repository.',
        );
      const page = asked ?? 'README.md';
      // Only the listed pages: a path is never joined onto the disk as typed.
      if (!list.includes(page))
        throw new HostError(
          'not-found',
          `There is no documentation page "${page}": the pages are ${list.join(', ')}.`,
        );
      const read = (p: string) => readFileSync(path.join(root, ...p.split('/')), 'utf8');
      return {
        pages: list.map((p) => ({
          path: p,
          title: titleOf(p === page ? read(p) : read(p).slice(0, 400), p),
        })),
        path: page,
        markdown: read(page),
      };
    },
  };
}
