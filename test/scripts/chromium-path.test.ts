// The end-to-end runner's choice of Chromium: BOTLOOM_CHROMIUM, else the system's, else the npm package's.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { bundledChromium, selectChromium, SYSTEM_CHROMIUMS } from '../../scripts/chromium-path.mjs';

const files = (...paths: string[]) => {
  const set = new Set(paths);
  return (p: string) => set.has(p);
};
const noBundle = () => ({ error: 'not installed' });

describe('selectChromium', () => {
  it('takes BOTLOOM_CHROMIUM first, even when a system Chromium exists', () => {
    const r = selectChromium({
      env: { BOTLOOM_CHROMIUM: '/opt/chrome' },
      exists: files('/opt/chrome', '/usr/bin/chromium'),
      bundled: noBundle,
    });
    expect(r).toEqual({ path: '/opt/chrome', source: 'BOTLOOM_CHROMIUM' });
  });

  it('refuses a BOTLOOM_CHROMIUM that names no file instead of silently falling back', () => {
    expect(() =>
      selectChromium({
        env: { BOTLOOM_CHROMIUM: '/nope' },
        exists: files('/usr/bin/chromium'),
        bundled: noBundle,
      }),
    ).toThrow(/BOTLOOM_CHROMIUM is set to \/nope, but there is no file there/);
  });

  it("takes the system's Chromium before the npm package's", () => {
    let asked = false;
    const r = selectChromium({
      env: {},
      exists: files('/usr/bin/chromium-browser', '/tmp/chromium'),
      bundled: () => ((asked = true), { path: '/tmp/chromium' }),
    });
    expect(r).toEqual({ path: '/usr/bin/chromium-browser', source: 'system' });
    expect(asked).toBe(false);
  });

  it("falls back to @sparticuz/chromium's binary where no system Chromium exists", () => {
    const r = selectChromium({
      env: {},
      exists: files('/tmp/chromium'),
      bundled: () => ({ path: '/tmp/chromium' }),
    });
    expect(r).toEqual({ path: '/tmp/chromium', source: '@sparticuz/chromium' });
  });

  it("for a bench, takes the npm package's official build before the system's, and the system's without it", () => {
    const both = files('/usr/bin/chromium', '/tmp/chromium');
    expect(
      selectChromium({
        env: {},
        exists: both,
        bundled: () => ({ path: '/tmp/chromium' }),
        prefer: 'bundled',
      }),
    ).toEqual({ path: '/tmp/chromium', source: '@sparticuz/chromium' });
    expect(selectChromium({ env: {}, exists: both, bundled: noBundle, prefer: 'bundled' })).toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
    expect(
      selectChromium({
        env: { BOTLOOM_CHROMIUM: '/usr/bin/chromium' },
        exists: both,
        bundled: () => ({ path: '/tmp/chromium' }),
        prefer: 'bundled',
      }),
    ).toEqual({ path: '/usr/bin/chromium', source: 'BOTLOOM_CHROMIUM' });
  });

  it('says what it tried and how to fix it when nothing is found', () => {
    expect(() => selectChromium({ env: {}, exists: files(), bundled: noBundle })).toThrow(
      /No Chromium found.*\/usr\/bin\/chromium.*@sparticuz\/chromium \(not installed\).*npm install.*apt-get install chromium/s,
    );
  });

  it('the npm package really gives a Chromium on this machine (the fresh-machine route)', () => {
    const r = bundledChromium();
    expect(r.error).toBeUndefined();
    expect(existsSync(r.path!)).toBe(true);
    expect(SYSTEM_CHROMIUMS).not.toContain(r.path);
  }, 120_000);
});
