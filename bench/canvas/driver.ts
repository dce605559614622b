// The canvas benchmark's driver: serves the built pages, opens one in headless Chromium (1280×800) and
// measures time to show, JS heap after load, pan frame times and mounted blocks at given zooms, and the
// cost of following the bot.
import type { Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { percentile } from '../results';
import { launchBenchBrowser } from '../browser';
import type { FollowResult } from './bench-probe';
import { workPerTurn } from './main-thread';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
export function serve(dir: string): Promise<{ server: Server; origin: string }> {
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

export interface PanResult {
  p95: number;
  max: number;
  mounted: number;
}

/**
 * Drags the pane for 120 mouse moves while the page records every frame's duration and the mounted
 * blocks. The pointer starts over a gap between blocks (world 6680, 3610: between columns 20 and 21,
 * rows 12 and 13, where the generated flow's hubs are), so the drag pans instead of moving a block.
 */
async function pan(page: Page, zoom: number): Promise<PanResult> {
  const worldX = 20 * 320 + 280;
  const worldY = 12 * 280 + 250;
  const at = { x: 640, y: 400 };
  await page.evaluate(({ v }) => window.__bench!.setViewport!(v), {
    v: { x: at.x - worldX * zoom, y: at.y - worldY * zoom, zoom },
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // The pane, or an edge crossing it (the bare page draws every hub edge; dragging one pans too).
  const target = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el?.closest('.react-flow__pane, .react-flow__edge')?.classList.contains('react-flow__edge')
      ? 'edge'
      : el?.classList.contains('react-flow__pane')
        ? 'pane'
        : (el?.getAttribute('class') ?? el?.tagName ?? 'nothing');
  }, at);
  if (target !== 'pane' && target !== 'edge')
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

export interface PageResult {
  show: number;
  heap: number;
  pans: Map<number, PanResult>;
  /** `work`: main-thread work per reveal turn, all in (main-thread.ts), from a traced run of its own. */
  follow?: { reveal: FollowResult; centre: FollowResult; work: number[] };
}

export async function measure(
  origin: string,
  name: 'editor' | 'bare',
  options: { blocks: number; hubs: boolean; zooms: number[]; follow?: string[]; traffic?: boolean },
): Promise<PageResult> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const traffic = options.traffic ? '&traffic=1' : '';
    await page.goto(`${origin}/${name}.html?blocks=${options.blocks}&hubs=${options.hubs ? 1 : 0}${traffic}`);
    await page.waitForFunction(() => window.__bench?.shownAt !== undefined, undefined, { timeout: 180_000 });
    const show = await page.evaluate(() => window.__bench!.shownAt!);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    const pans = new Map<number, PanResult>();
    for (const zoom of options.zooms) pans.set(zoom, await pan(page, zoom));
    let follow: PageResult['follow'];
    if (options.follow) {
      await page.evaluate(() => window.__bench!.setViewport!({ x: 0, y: 0, zoom: 1 }));
      const run = (centre: boolean) =>
        page.evaluate(({ ids, c }) => window.__bench!.follow!(ids, c), { ids: options.follow!, c: centre });
      const centre = await run(true);
      const reveal = await run(false);
      await page.evaluate(() => window.__bench!.setViewport!({ x: 0, y: 0, zoom: 1 }));
      const work = await workPerTurn(page, () => run(false));
      follow = { reveal, centre, work };
    }
    return { show, heap, pans, ...(follow ? { follow } : {}) };
  } finally {
    await browser.close();
  }
}
