// Types for scripts/chromium-path.mjs (used by playwright.config.ts, the browser benches and tests).
export declare const SYSTEM_CHROMIUMS: string[];
export type ChromiumSource = 'BOTLOOM_CHROMIUM' | 'system' | '@sparticuz/chromium';
export declare function selectChromium(io: {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  bundled: () => { path?: string; error?: string };
  prefer?: 'system' | 'bundled';
}): { path: string; source: ChromiumSource };
export declare function bundledChromium(): { path?: string; error?: string };
export declare function chromiumPath(): string;
export declare function benchChromium(): { path: string; source: ChromiumSource };
