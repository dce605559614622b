// Which Chromium the end-to-end tests and the canvas/simulator benches drive, in this order:
// 1. BOTLOOM_CHROMIUM (a path; an error when it names no file, never a silent fallback),
// 2. the system's Chromium (Debian's `apt-get install chromium`, the faster route),
// 3. the binary shipped inside the npm package @sparticuz/chromium (a dev dependency, so `npm install`
//    alone is enough on a fresh machine; unpacked into the temp folder on first use, about 3 s).
// The benches that time a page (benchChromium) take 3 before 2: the npm package's binary is an official
// Chromium build, as Electron ships one, while Debian's build runs the pages' JavaScript 1.7 to 2.5 times
// slower on the same machine (a loop: 298 against 117 ms; TurboFan-optimised: 191 against 112 ms), so its
// figures would be the browser build's, not Botloom's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** System locations tried in order (Debian, Ubuntu's transitional name, Google's packages). */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The selection itself, with its inputs passed in so tests can drive every branch. `prefer: 'bundled'` (the
 * benches) tries the npm package's binary before the system's.
 * @param {{ env: Record<string, string | undefined>, exists: (p: string) => boolean,
 *   bundled: () => { path?: string, error?: string }, prefer?: 'system' | 'bundled' }} io
 * @returns {{ path: string, source: 'BOTLOOM_CHROMIUM' | 'system' | '@sparticuz/chromium' }}
 */
export function selectChromium({ env, exists, bundled, prefer = 'system' }) {
  const chosen = env.BOTLOOM_CHROMIUM;
  if (chosen) {
    if (!exists(chosen))
      throw new Error(
        `BOTLOOM_CHROMIUM is set to ${chosen}, but there is no file there. ` +
          'Point it at a Chromium executable, or unset it to use the system Chromium or the bundled one.',
      );
    return { path: chosen, source: 'BOTLOOM_CHROMIUM' };
  }
  const system = SYSTEM_CHROMIUMS.find((p) => exists(p));
  if (system && prefer === 'system') return { path: system, source: 'system' };
  const fromPackage = bundled();
  if (fromPackage.path && exists(fromPackage.path))
    return { path: fromPackage.path, source: '@sparticuz/chromium' };
  if (system) return { path: system, source: 'system' };
  throw new Error(
    'No Chromium found for the end-to-end tests. Tried BOTLOOM_CHROMIUM (unset), ' +
      `${SYSTEM_CHROMIUMS.join(', ')}, and the npm package @sparticuz/chromium ` +
      `(${fromPackage.error ?? 'it gave no path'}). Fix: run \`npm install\` (it installs the package), ` +
      'or `apt-get install chromium`, or set BOTLOOM_CHROMIUM to a Chromium executable.',
  );
}

/** Unpacks the npm package's Chromium (a child process, so callers stay synchronous). */
export function bundledChromium() {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const m = await import('@sparticuz/chromium'); process.stdout.write(await m.default.executablePath());",
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status === 0 && r.stdout) return { path: r.stdout.trim() };
  const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-1)[0];
  return { error: why };
}

let cached;
/** The Chromium to launch, chosen once per process. */
export function chromiumPath() {
  cached ??= selectChromium({ env: process.env, exists: existsSync, bundled: bundledChromium });
  return cached.path;
}

let benchCached;
/** The Chromium a bench times pages in (the npm package's official build first), chosen once per process. */
export function benchChromium() {
  benchCached ??= selectChromium({
    env: process.env,
    exists: existsSync,
    bundled: bundledChromium,
    prefer: 'bundled',
  });
  return benchCached;
}
