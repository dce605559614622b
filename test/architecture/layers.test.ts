// Enforces docs/architecture.md#import-walls on the real tree: who may import whom, and no import cycles.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const layers = ['engine', 'electron', 'renderer', 'cli'];

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return (readdirSync(abs, { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

interface Import {
  spec: string;
  typeOnly: boolean;
  target: string | null;
}

function resolveRelative(from: string, spec: string): string | null {
  const base = path.join(path.dirname(from), spec);
  for (const c of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    const abs = path.join(root, c);
    if (existsSync(abs) && statSync(abs).isFile()) return path.normalize(c);
  }
  return null;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const out: Import[] = [];
  const re =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m; (m = re.exec(text));) {
    const spec = m[3] ?? m[4]!;
    out.push({
      spec,
      typeOnly: Boolean(m[2]),
      target: spec.startsWith('.') ? resolveRelative(file, spec) : null,
    });
  }
  return out;
}

const files = layers.flatMap(sourceFiles);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const under = (file: string | null, dir: string) =>
  file !== null && (file === dir || file.startsWith(dir + path.sep));

function violations(filter: (f: string) => boolean, bad: (i: Import) => boolean): string[] {
  return [...graph]
    .filter(([f]) => filter(f))
    .flatMap(([f, imps]) => imps.filter(bad).map((i) => `${f} → ${i.spec}`));
}
const isNode = (i: Import) =>
  i.spec.startsWith('node:') ||
  ['fs', 'path', 'os', 'child_process', 'worker_threads', 'http', 'crypto'].includes(i.spec);

describe('architecture (docs/architecture.md#import-walls)', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('keeps the engine free of Node, Electron, SQLite and the app (except engine/node)', () => {
    expect(
      violations(
        (f) => under(f, 'engine') && !under(f, path.join('engine', 'node')),
        (i) =>
          isNode(i) ||
          ['electron', 'better-sqlite3', 'react'].includes(i.spec) ||
          (i.target !== null && !under(i.target, 'engine')) ||
          (i.target !== null && under(i.target, path.join('engine', 'node'))),
      ),
    ).toEqual([]);
  });

  it('keeps the contract (electron/api) to zod and the engine model and edit schemas', () => {
    expect(
      violations(
        (f) => under(f, path.join('electron', 'api')),
        (i) =>
          (i.target === null && i.spec !== 'zod') ||
          (i.target !== null &&
            !under(i.target, path.join('electron', 'api')) &&
            !under(i.target, path.join('engine', 'model')) &&
            i.target !== path.join('engine', 'edit', 'index.ts')),
      ),
    ).toEqual([]);
  });

  it("keeps services, the host and the web host free of 'electron'", () => {
    expect(
      violations(
        (f) =>
          under(f, path.join('electron', 'services')) ||
          under(f, path.join('electron', 'web')) ||
          f === path.join('electron', 'host.ts') ||
          f === path.join('electron', 'transports', 'http.ts'),
        (i) => i.spec === 'electron',
      ),
    ).toEqual([]);
  });

  it('keeps the renderer off Node, the runtime, the sandbox and host internals', () => {
    const forbidden = [
      ['engine', 'runtime'],
      ['engine', 'sandbox'],
      ['engine', 'node'],
      ['electron', 'services'],
      ['electron', 'transports'],
      ['electron', 'main'],
      ['electron', 'web'],
    ].map((p) => path.join(...p));
    expect(
      violations(
        (f) => under(f, 'renderer'),
        (i) =>
          isNode(i) ||
          i.spec === 'electron' ||
          i.spec === 'better-sqlite3' ||
          forbidden.some((d) => under(i.target, d)),
      ),
    ).toEqual([]);
  });

  it('has no import cycles between modules', () => {
    // Tarjan's strongly connected components over value imports (type-only imports vanish at run time).
    const edges = new Map(
      [...graph].map(([f, imps]) => [f, imps.filter((i) => i.target && !i.typeOnly).map((i) => i.target!)]),
    );
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const on = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      on.add(v);
      for (const w of edges.get(v) ?? []) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1) cycles.push(comp.sort());
      }
    };
    for (const f of edges.keys()) if (!idx.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
