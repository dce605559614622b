// The main window's options (pure, unit-tested): Electron's security checklist in one place.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  dark?: boolean;
}

export function createWindowOptions({
  preloadPath,
  dark = false,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Botloom',
    backgroundColor: dark ? '#14161a' : '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** The renderer is loaded from this origin (a custom file load); anything else is foreign. */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  try {
    const u = new URL(url);
    const entry = new URL(appEntryUrl);
    return u.protocol === entry.protocol && u.host === entry.host && u.pathname === entry.pathname;
  } catch {
    return false;
  }
}
