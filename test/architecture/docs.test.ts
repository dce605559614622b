// The design lives in the repository: no file cites the old design files that lived outside it, every
// relative link of the README, CONTRIBUTING.md and docs/ resolves (file and #anchor, as GitHub makes
// anchors), and so does every docs/<page>.md#anchor that a comment or a message names.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchors, relativeLinks, slug } from './markdown-links';

const root = path.resolve(__dirname, '../..');
const BINARY = /\.(png|jpe?g|gif|ico|webp|woff2?|ttf|zip|gz|botloom|sqlite|wasm)$/i;

/** Tracked files (git ls-files), or, outside a git checkout, the tree without build output. */
function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && existsSync(path.join(root, f)));
  } catch {
    const skip = new Set(['node_modules', '.git', 'dist', 'release', 'test-results', 'playwright-report']);
    const walk = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.join(dir, e.name);
        if (e.isDirectory()) return skip.has(e.name) ? [] : walk(rel);
        return [rel];
      });
    return walk('');
  }
}

const textFiles = trackedFiles()
  .filter((f) => !BINARY.test(f) && f !== 'package-lock.json')
  .map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }))
  .filter(({ text }) => !text.includes('\0'));

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const anchorsOf = new Map<string, Set<string>>();
const anchorsIn = (file: string) => {
  let set = anchorsOf.get(file);
  if (!set) anchorsOf.set(file, (set = anchors(read(file))));
  return set;
};

/** What is wrong with a link from `from` (a repo-relative file) to `target`, or null when it resolves. */
function brokenLink(from: string, target: string): string | null {
  const [rawPath, anchor] = target.split('#', 2) as [string, string | undefined];
  const file = rawPath ? path.normalize(path.join(path.dirname(from), decodeURI(rawPath))) : from;
  if (file.startsWith('..') || !existsSync(path.join(root, file))) return `${file} does not exist`;
  if (anchor === undefined || anchor === '') return null;
  if (statSync(path.join(root, file)).isDirectory() || !file.endsWith('.md'))
    return `#${anchor} points into ${file}, which is not a Markdown page`;
  return anchorsIn(file).has(anchor) ? null : `${file} has no heading with the anchor #${anchor}`;
}

// Built from parts so that this file does not cite what it forbids.
const SECTION_SIGN = '\u00a7';
const OLD_DESIGN = '(SPEC|ARCHITECTURE|CHATLAYER)';
const OLD_CITATION = new RegExp(String.raw`\b${OLD_DESIGN}(\.md)?\s*${SECTION_SIGN}`);
const OLD_FILE = new RegExp(String.raw`\b${OLD_DESIGN}\.md\b`);

describe('the design docs in the repository', () => {
  it('finds the tracked files and the docs', () => {
    expect(textFiles.length).toBeGreaterThan(100);
    for (const page of [
      'docs/architecture.md',
      'docs/file-format.md',
      'docs/chatlayer.md',
      'CONTRIBUTING.md',
    ])
      expect(existsSync(path.join(root, page)), page).toBe(true);
  });

  it('cites no design file from outside the repository', () => {
    const found = textFiles.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => OLD_CITATION.test(line) || OLD_FILE.test(line))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
    expect(found, 'point to docs/architecture.md, docs/file-format.md or docs/chatlayer.md instead').toEqual(
      [],
    );
  });

  it('resolves every relative link of the README, CONTRIBUTING.md and docs/', () => {
    const pages = [
      'README.md',
      'CONTRIBUTING.md',
      ...readdirSync(path.join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const broken = pages.flatMap((page) =>
      relativeLinks(read(page)).flatMap(({ line, target }) => {
        const problem = brokenLink(page, target);
        return problem ? [`${page}:${line}: (${target}) ${problem}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('resolves every docs/<page>.md#anchor named in code, comments and messages', () => {
    const self = path.relative(root, __filename); // its examples of broken links are on purpose
    const mentions = textFiles
      .filter(({ file }) => file !== self)
      .flatMap(({ file, text }) =>
        text.split('\n').flatMap((line, i) =>
          [...line.matchAll(/(?<![\w/.-])docs\/[\w./-]+?\.md(?:#[\w-]*[\w])?/g)].map((m) => ({
            at: `${file}:${i + 1}`,
            target: m[0],
          })),
        ),
      );
    expect(mentions.length).toBeGreaterThan(100);
    const broken = mentions.flatMap(({ at, target }) => {
      const problem = brokenLink('README.md', target);
      return problem ? [`${at}: ${target}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it("points the README's Contributing section to CONTRIBUTING.md and docs/", () => {
    const readme = read('README.md');
    const start = readme.indexOf('\n## Contributing');
    expect(start, 'README.md has a Contributing section').toBeGreaterThanOrEqual(0);
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end < 0 ? undefined : end);
    expect(section).toContain('(CONTRIBUTING.md)');
    expect(section).toMatch(/\]\(docs\/?\)|\]\(docs\/[\w-]+\.md\)/);
  });
});

describe('the link checker', () => {
  it('makes anchors as GitHub does', () => {
    expect(slug('The .botloom file')).toBe('the-botloom-file');
    expect(slug('Bot content: import and export')).toBe('bot-content-import-and-export');
    expect(slug('`electron/api` and [the CLI](x.md)')).toBe('electronapi-and-the-cli');
    expect([...anchors('# A\n## Notes\n```\n## Not a heading\n```\n## Notes\n')]).toEqual([
      'a',
      'notes',
      'notes-1',
    ]);
  });

  it('finds relative links outside code and reports the broken ones', () => {
    const links = relativeLinks(
      'See [a](docs/architecture.md#the-sandbox), [web](https://x.y), `[code](nowhere.md)`\n' +
        '```\n[fenced](nowhere.md)\n```\n[gone](docs/architecture.md#no-such-heading) [missing](nope.md)\n',
    );
    expect(links.map((l) => l.target)).toEqual([
      'docs/architecture.md#the-sandbox',
      'docs/architecture.md#no-such-heading',
      'nope.md',
    ]);
    expect(links.map((l) => brokenLink('README.md', l.target))).toEqual([
      null,
      'docs/architecture.md has no heading with the anchor #no-such-heading',
      'nope.md does not exist',
    ]);
  });
});
