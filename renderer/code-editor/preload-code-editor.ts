// Monaco's chunk, loaded once: by the first code block shown, or earlier, after the app's first idle
// moment (so selecting a code block shows the editor at once instead of waiting for the lazy chunk).
let loading: Promise<typeof import('./CodeEditor')> | undefined;

/** The code editor's module; the first call starts loading Monaco, later calls share that load. */
export function loadCodeEditor(): Promise<typeof import('./CodeEditor')> {
  loading ??= import('./CodeEditor');
  return loading;
}

interface IdleWindow {
  requestIdleCallback?(callback: () => void, options?: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/**
 * Loads the code editor when the browser is first idle (at the latest after `timeoutMs`); a failed load
 * is left for the code block to report when it is shown. Returns a function that cancels the preload.
 */
export function preloadCodeEditorWhenIdle(
  win: IdleWindow = window as unknown as IdleWindow,
  load: () => Promise<unknown> = loadCodeEditor,
  timeoutMs = 3000,
): () => void {
  const run = () => void load().catch(() => undefined);
  if (win.requestIdleCallback) {
    const handle = win.requestIdleCallback(run, { timeout: timeoutMs });
    return () => win.cancelIdleCallback?.(handle);
  }
  const handle = win.setTimeout(run, 1);
  return () => win.clearTimeout(handle);
}
