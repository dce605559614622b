import { describe, expect, it } from 'vitest';
import { createWindowOptions, isAppUrl } from '../../../electron/main/window-options';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

describe('main window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });
  const prefs = options.webPreferences!;

  it('isolates the renderer: contextIsolation, sandbox, no nodeIntegration', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('loads the bundled preload', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('uses a strict Content-Security-Policy', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]),
    );
    expect(directives['default-src']).toBe("default-src 'self'");
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(directives['frame-ancestors']).toBe("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(directives['script-src']).not.toMatch(/unsafe-inline/);
  });

  it('treats only the app entry as the app origin (navigation guard)', () => {
    const entry = 'file:///app/dist/renderer/index.html';
    expect(isAppUrl('file:///app/dist/renderer/index.html#/x', entry)).toBe(true);
    expect(isAppUrl('https://evil.example/', entry)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', entry)).toBe(false);
    expect(isAppUrl('not a url', entry)).toBe(false);
  });
});
