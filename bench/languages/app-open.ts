// The open as a designer waits for it, in the real app: `botloom serve` on each project (bench/serve.ts), and a
// fresh page per open in headless Chromium, timed in the page from navigation start to the first blocks of the
// canvas painted (the frame after they entered the DOM has run: rAF, then the next task). Before each open the
// project is closed in the host, so every open reads the file (the SQLite load and the schema check), as opening a
// project from the start screen does; the page's calls are taken from its resource timing.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { browserLabel, launchBenchBrowser } from '../browser';
import { ensureBuilt, startServe, type Served } from '../serve';

export interface AppOpen {
  /** Navigation start → the canvas's first blocks painted. */
  shownMs: number;
  /** The page's `projects.open` call sent → the canvas's first blocks painted: the open without the app's start. */
  projectMs: number;
  /**
   * The page's `projects.open` call sent → the workspace takes input: for a project in several languages, the
   * whole document (its translations) shown after the first paint (docs/architecture.md#opening-a-project).
   */
  readyMs: number;
  /** The page's `projects.open` call (the host's SQLite load and schema check, and the HTTP round trip). */
  openCallMs: number;
  /** The page's `projects.get` call: the document out of the host and over HTTP. */
  getCallMs: number;
  /** What `projects.get` answered, in KB. */
  getKb: number;
}

declare global {
  interface Window {
    __openProbe?: { shownAt?: number; readyAt?: number };
  }
}

/**
 * Installed before the app's scripts: notes when the first canvas block has been painted, then when the workspace
 * is no longer busy (checked once a frame). A string, not a function: tsx's transform would wrap a function's named
 * inner functions in a helper the page does not have.
 */
const PROBE = `(() => {
  const probe = {};
  window.__openProbe = probe;
  const ready = () => {
    const workspace = document.querySelector('[data-testid="workspace"]');
    if (workspace && workspace.getAttribute('aria-busy') !== 'true') probe.readyAt = performance.now();
    else requestAnimationFrame(ready);
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.react-flow__node')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      probe.shownAt = performance.now();
      ready();
    }));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function openOnce(context: BrowserContext, served: Served, file: string): Promise<AppOpen> {
  await served.call('projects.close', { path: file });
  const page = await context.newPage();
  try {
    await page.goto(served.url);
    await page.waitForFunction(() => window.__openProbe?.readyAt !== undefined, undefined, {
      timeout: 120_000,
    });
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    const [shownMs, readyAt, open, get] = await page.evaluate(() => [
      window.__openProbe!.shownAt!,
      window.__openProbe!.readyAt!,
      ...['projects.open', 'projects.get'].map((method) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.name.endsWith(`/api/${method}`))
          .map((e) => ({ at: e.startTime, ms: e.duration, kb: e.decodedBodySize / 1024 }))
          .at(0),
      ),
    ]);
    if (
      typeof shownMs !== 'number' ||
      typeof readyAt !== 'number' ||
      typeof open !== 'object' ||
      typeof get !== 'object'
    )
      throw new Error('the page made no projects.open or projects.get call');
    return {
      shownMs,
      projectMs: shownMs - open.at,
      readyMs: readyAt - open.at,
      openCallMs: open.ms,
      getCallMs: get.ms,
      getKb: get.kb,
    };
  } finally {
    await page.close();
  }
}

/**
 * `rounds` opens of each project after `warmup` not counted, alternating (the first project first in even rounds,
 * the second in odd ones), as the languages bench's other measures do.
 */
export async function appOpens<K extends string>(
  files: Record<K, string>,
  dir: string,
  rounds: number,
  warmup: number,
): Promise<{ opens: Record<K, AppOpen[]>; browser: string }> {
  ensureBuilt();
  const keys = Object.keys(files) as K[];
  const servers: Partial<Record<K, Served>> = {};
  let browser: Browser | undefined;
  try {
    for (const key of keys) {
      const data = path.join(dir, `data-${key}`);
      mkdirSync(data, { recursive: true });
      servers[key] = await startServe(files[key], data);
    }
    browser = await launchBenchBrowser();
    const contexts = {} as Record<K, BrowserContext>;
    for (const key of keys) {
      contexts[key] = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await contexts[key].addInitScript({ content: PROBE });
    }
    const opens = Object.fromEntries(keys.map((k) => [k, [] as AppOpen[]])) as Record<K, AppOpen[]>;
    for (let i = -warmup; i < rounds; i++)
      for (const key of i % 2 === 0 ? keys : [...keys].reverse()) {
        const open = await openOnce(contexts[key], servers[key]!, files[key]);
        if (i >= 0) opens[key].push(open);
      }
    return { opens, browser: browserLabel(browser) };
  } finally {
    await browser?.close();
    for (const key of keys) servers[key]?.child.kill('SIGTERM');
  }
}
