// The browser the page-timing benches (canvas, translations, simulator) launch: the build benchChromium() picks
// (scripts/chromium-path.mjs: the npm package's official build first), headless, without sandbox or GPU, and how
// their RESULTS sections name it.
import { chromium, type Browser } from 'playwright-core';
import { benchChromium } from '../scripts/chromium-path.mjs';

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: benchChromium().path, args: ['--no-sandbox', '--disable-gpu'] });
}

/** A launched bench browser's version and where it came from, e.g. `Chromium 153.0… (@sparticuz/chromium)`. */
export const browserLabel = (browser: Browser): string =>
  `Chromium ${browser.version()} (${benchChromium().source})`;

/** The label of the bench browser, for a bench whose own browsers are closed by the time it writes RESULTS. */
export async function browserName(): Promise<string> {
  const browser = await launchBenchBrowser();
  try {
    return browserLabel(browser);
  } finally {
    await browser.close();
  }
}
