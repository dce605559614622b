// app.docs (issue 19 point 10: Help › Documentation opened a web address that does not exist): the README
// and docs/*.md shipped with the app, read from disk; only the listed pages, never a path as typed.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocsService, defaultDocsRoot } from '../../../electron/services/docs-service';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');
let temp: string | undefined;
afterEach(() => temp && rmSync(temp, { recursive: true, force: true }));

describe('app.docs', () => {
  it('finds the README and docs beside the app and serves them from disk', () => {
    expect(defaultDocsRoot()).toBe(repo);
    const docs = createDocsService();
    const answer = docs['app.docs']({});
    expect(answer.path).toBe('README.md');
    expect(answer.markdown).toBe(readFileSync(path.join(repo, 'README.md'), 'utf8'));
    const shipped = readdirSync(path.join(repo, 'docs')).filter((n) => n.endsWith('.md'));
    expect(answer.pages.map((p) => p.path)).toEqual(['README.md', ...shipped.sort().map((n) => `docs/${n}`)]);
    expect(answer.pages[0]!.title).toBe('Botloom');
    const chatlayer = docs['app.docs']({ path: 'docs/chatlayer.md' });
    expect(chatlayer.markdown).toBe(readFileSync(path.join(repo, 'docs', 'chatlayer.md'), 'utf8'));
  });

  it('refuses a page that is not listed, naming the pages, and never reads a path as typed', () => {
    const docs = createDocsService(repo);
    expect(() => docs['app.docs']({ path: '../package.json' })).toThrow(
      /There is no documentation page "\.\.\/package\.json": the pages are README\.md, docs\//,
    );
    expect(() => docs['app.docs']({ path: 'package.json' })).toThrow(/no documentation page/);
  });

  it('reads a packaged copy in dist/docs, and says so plainly when there is none', () => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'botloom-docs-'));
    mkdirSync(path.join(temp, 'docs'));
    writeFileSync(path.join(temp, 'README.md'), '# Shipped\n\nText.\n');
    writeFileSync(path.join(temp, 'docs', 'expressions.md'), '# Expressions\n');
    const answer = createDocsService(temp)['app.docs']({ path: 'docs/expressions.md' });
    expect(answer.pages).toEqual([
      { path: 'README.md', title: 'Shipped' },
      { path: 'docs/expressions.md', title: 'Expressions' },
    ]);
    expect(answer.markdown).toBe('# Expressions\n');
    expect(() => createDocsService(null)['app.docs']({})).toThrow(/documentation is not installed/);
  });

  it('is what the Electron menu opens: no web address left in the main process', () => {
    const main = readFileSync(path.join(repo, 'electron', 'main', 'index.ts'), 'utf8');
    expect(main).not.toMatch(/github\.com/);
    expect(main).toMatch(/openDocs: \(\) => host\.events\.emit\('app\.menu', \{ action: 'docs' \}\)/);
  });
});
