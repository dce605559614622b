// Icons render everywhere (issue 19 point 7): the renderer draws icons with lucide-react SVGs, never
// emoji or symbol glyphs, which show as empty boxes on a Linux machine without an emoji font. Text
// arrows ("→") and typographic marks stay allowed; comments are not checked.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const rendererFiles = (readdirSync(path.join(root, 'renderer'), { recursive: true }) as string[])
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => path.join('renderer', f));

/**
 * Glyphs used as icons: technical symbols (⌨ ⌕), geometric shapes (▦ ◆ ●), miscellaneous symbols and
 * dingbats (☀ ⚠ ✓ ✕), supplemental arrows (⤢ ⤳), emoji (💬 🗑), and the arrows and squared signs that
 * were toolbar icons.
 */
const ICON_GLYPH =
  /[\u2300-\u23FF\u25A0-\u27BF\u2900-\u297F\u2B00-\u2BFF\u{1F000}-\u{1FAFF}\u21B6\u21B7\u21BB\u21C4\u21E4\u2139\u229E]/u;

/** Source lines, without `//` comments and JSDoc/block comment lines. */
function codeLines(file: string): { line: number; text: string }[] {
  return readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.replace(/(^|\s)\/\/.*$/, '') }))
    .filter(({ text }) => !/^\s*(\/\*|\*)/.test(text));
}

describe('icons in the renderer', () => {
  it('finds the renderer sources', () => {
    expect(rendererFiles.length).toBeGreaterThan(50);
  });

  it('uses no emoji or symbol glyph as an icon in code', () => {
    const found = rendererFiles.flatMap((file) =>
      codeLines(file)
        .filter(({ text }) => ICON_GLYPH.test(text))
        .map(({ line, text }) => `${file}:${line}: ${text.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('catches the glyphs the toolbar, blocks and status used to show', () => {
    for (const glyph of ['↶', '↷', '⚙', '▶', '✓', '✗', '✕', '🔍', '💬', '⚠', '☾', '⊞', '⤢', 'ℹ'])
      expect(ICON_GLYPH.test(glyph), glyph).toBe(true);
    for (const text of ['→', '…', '—', '·', '×', '›', '“quoted”'])
      expect(ICON_GLYPH.test(text), text).toBe(false);
  });
});
