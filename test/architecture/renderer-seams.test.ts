// The renderer reaches the host one way: components call controllers and backends (renderer/**/
// *-controller.ts, *-backend.ts), which alone hold the host client; production code never finds elements
// by test id; and one selector says which flow is active.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const rendererFiles = (readdirSync(path.join(root, 'renderer'), { recursive: true }) as string[])
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => path.join('renderer', f));
const text = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Import statements (not `import type`) whose module resolves to renderer/host. */
function valueImportsOfHost(file: string): string[] {
  const out: string[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (let m; (m = re.exec(text(file)));) {
    if (m[2] || !m[3]!.startsWith('.')) continue;
    const target = path.normalize(path.join(path.dirname(file), m[3]!));
    if (target === path.join('renderer', 'host')) out.push(`${file} → ${m[3]}`);
  }
  return out;
}

const isDoor = (file: string) =>
  file.startsWith(path.join('renderer', 'host') + path.sep) ||
  /-(controller|backend)\.ts$/.test(file) ||
  file === path.join('renderer', 'state', 'project-store', 'initial-project.ts');

describe('renderer seams', () => {
  it('finds the renderer sources', () => {
    expect(rendererFiles.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(10);
  });

  it('keeps host calls out of components (.tsx): they go through a controller', () => {
    const calls = rendererFiles
      .filter((f) => f.endsWith('.tsx'))
      .filter((f) => /\bhost\s*\.\s*(call|on)\s*\(/.test(text(f)));
    expect(calls).toEqual([]);
    expect(rendererFiles.filter((f) => f.endsWith('.tsx')).flatMap(valueImportsOfHost)).toEqual([]);
  });

  it('lets only controllers and backends hold the host client', () => {
    expect(rendererFiles.filter((f) => !isDoor(f)).flatMap(valueImportsOfHost)).toEqual([]);
  });

  it('never finds elements by test id in production code', () => {
    const byTestId =
      /(querySelector(All)?|closest|matches)\s*(<[^>]*>)?\s*\([^)]*data-testid|getElementById\s*\([^)]*testid/i;
    expect(rendererFiles.filter((f) => byTestId.test(text(f)))).toEqual([]);
  });

  it('works out the active flow in one selector', () => {
    const selector = path.join('renderer', 'state', 'project-store', 'selectors.ts');
    expect(text(selector)).toMatch(/export function selectActiveFlow/);
    expect(
      rendererFiles.filter((f) => f !== selector && /flows\.find\([^;]*activeFlow/.test(text(f))),
    ).toEqual([]);
  });
});
