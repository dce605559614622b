// Canvas benchmark (issue 6): a generated 5,000-block flow in headless Chromium at 1280×800, for the
// editor (windowed canvas) and a bare React Flow page with the same graph, in the same run: time to
// show, mouse-drag pan frame times at zoom 1 and 0.5, block elements mounted while panning, JS heap
// after load; plus the renderer's initial bundle size and Monaco's lazy chunk.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium, type Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { percentile, writeResults, type Figure } from './results';
import { chromiumPath } from '../scripts/chromium-path.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, 'dist/bench-canvas');
const BLOCKS = 5000;

async function buildPages(): Promise<void> {
  await build({
    root: path.join(root, 'bench/canvas'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    define: { __BOTLOOM_VERSION__: '"bench"' },
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: {
          editor: path.join(root, 'bench/canvas/editor.html'),
          bare: path.join(root, 'bench/canvas/bare.html'),
        },
      },
    },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}

interface PanResult {
  p95: number;
  max: number;
  mounted: number;
}

/** Drags the pane for `steps` mouse moves while the page records every frame's duration and the mounted blocks. */
async function pan(page: Page, zoom: number): Promise<PanResult> {
  // Put the pointer over a gap between blocks, so that the drag pans instead of moving a block.
  const worldX = 20 * 320 + 280;
  const worldY = 12 * 280 + 250;
  const at = { x: 640, y: 400 };
  await page.evaluate(({ v }) => window.__bench!.setViewport!(v), {
    v: { x: at.x - worldX * zoom, y: at.y - worldY * zoom, zoom },
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const target = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className ?? '', at);
  if (!String(target).includes('react-flow__pane'))
    throw new Error(`the drag would not start on the pane (it is over "${target}")`);
  // A string, not a function: tsx's name helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__mounted = 0;
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      window.__mounted = Math.max(window.__mounted, document.querySelectorAll('.react-flow__node').length);
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  })()`);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  for (let i = 0; i < 120; i++) await page.mouse.move(at.x - i * 9, at.y - i * 5);
  await page.mouse.up();
  const { frames, mounted } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __mounted: number; __stop: boolean };
    w.__stop = true;
    return { frames: w.__frames, mounted: w.__mounted };
  });
  const steady = frames.slice(2);
  return { p95: percentile(steady, 95), max: Math.max(...steady), mounted };
}

async function measure(origin: string, name: 'editor' | 'bare') {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/${name}.html?blocks=${BLOCKS}`);
    await page.waitForFunction(() => window.__bench?.shownAt !== undefined, undefined, { timeout: 120_000 });
    const show = await page.evaluate(() => window.__bench!.shownAt!);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    const zoom1 = await pan(page, 1);
    const zoomHalf = await pan(page, 0.5);
    return { show, heap, zoom1, zoomHalf };
  } finally {
    await browser.close();
  }
}

function bundleSizes(): { initial: number; monaco: number } | undefined {
  const dir = path.join(root, 'dist/renderer');
  if (!existsSync(path.join(dir, 'index.html'))) return undefined;
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].reduce(
    (sum, m) => sum + statSync(path.join(dir, m[1]!)).size,
    0,
  );
  const assets = readFileSync(
    path.join(dir, 'assets', [...html.matchAll(/src="\.\/assets\/([^"]+\.js)"/g)][0]![1]!),
    'utf8',
  );
  const monacoChunk = /CodeEditor-[\w-]+\.js/.exec(assets)?.[0];
  const monaco = monacoChunk ? statSync(path.join(dir, 'assets', monacoChunk)).size : NaN;
  return { initial: initial / 1024, monaco: monaco / 1024 };
}

await buildPages();
const { server, origin } = await serve(outDir);
try {
  const editor = await measure(origin, 'editor');
  const bare = await measure(origin, 'bare');
  const sizes = bundleSizes();
  const ms = (name: string, value: number, target?: number): Figure => ({
    name,
    value,
    unit: 'ms',
    ...(target ? { target: `≤ ${target} ms`, ok: value <= target } : {}),
  });
  const figures: Figure[] = [
    ms('editor: time to show', editor.show, 1000),
    ms('editor: pan p95 frame, zoom 1', editor.zoom1.p95, 20),
    ms('editor: pan max frame, zoom 1', editor.zoom1.max, 50),
    ms('editor: pan p95 frame, zoom 0.5', editor.zoomHalf.p95, 20),
    ms('editor: pan max frame, zoom 0.5', editor.zoomHalf.max, 50),
    {
      name: 'editor: blocks mounted while panning, zoom 1',
      value: editor.zoom1.mounted,
      unit: 'blocks',
      target: '≤ 150',
      ok: editor.zoom1.mounted <= 150,
    },
    {
      name: 'editor: blocks mounted while panning, zoom 0.5',
      value: editor.zoomHalf.mounted,
      unit: 'blocks',
      target: '≤ 150',
      ok: editor.zoomHalf.mounted <= 150,
    },
    {
      name: 'editor: JS heap after load',
      value: editor.heap,
      unit: 'MB',
      target: '≤ 50 MB',
      ok: editor.heap <= 50,
    },
    ms('bare React Flow: time to show', bare.show),
    ms('bare React Flow: pan p95 frame, zoom 1', bare.zoom1.p95),
    ms('bare React Flow: pan max frame, zoom 1', bare.zoom1.max),
    ms('bare React Flow: pan p95 frame, zoom 0.5', bare.zoomHalf.p95),
    ms('bare React Flow: pan max frame, zoom 0.5', bare.zoomHalf.max),
    { name: 'bare React Flow: blocks mounted, zoom 0.5', value: bare.zoomHalf.mounted, unit: 'blocks' },
    { name: 'bare React Flow: JS heap after load', value: bare.heap, unit: 'MB' },
  ];
  if (sizes) {
    figures.push({
      name: 'renderer initial JS (minified)',
      value: sizes.initial,
      unit: 'KB',
      target: '≤ 800 KB',
      ok: sizes.initial <= 800,
    });
    figures.push({ name: 'Monaco lazy chunk (CodeEditor)', value: sizes.monaco, unit: 'KB' });
  }
  writeResults(
    'canvas',
    `Canvas editor, ${BLOCKS.toLocaleString('en')}-block flow (headless Chromium, 1280×800)`,
    figures,
    `Pan = 120 mouse moves of a pane drag, frame time = rAF deltas during the drag. The editor hands React Flow only the blocks in
the viewport's grid cells plus edge endpoints (renderer/canvas/visible-graph.ts); the bare page gives React Flow every node and
edge with defaults. Bundle sizes are read from dist/renderer (\`npm run build:renderer\` first)${sizes ? '' : ' — not built, so not reported'}.`,
  );
} finally {
  server.close();
}
