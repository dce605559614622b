// Monaco's chunk, loaded once: by the first code block shown, or earlier, after the app's first idle
// moment, then warmed up at the next idle moment (one hidden editor created and disposed), so selecting
// a code block shows the editor at once instead of waiting for the lazy chunk and Monaco's first setup.
import type * as CodeEditorExports from './CodeEditor';

type CodeEditorModule = typeof CodeEditorExports;
let loading: Promise<CodeEditorModule> | undefined;
let loaded: CodeEditorModule | undefined;

/** The code editor's module; the first call starts loading Monaco, later calls share that load. */
export function loadCodeEditor(): Promise<CodeEditorModule> {
  loading ??= import('./CodeEditor').then((m) => (loaded = m));
  return loading;
}

/** The module once loaded (LazyCodeEditor then renders it at once, without suspending). */
export function loadedCodeEditor(): CodeEditorModule | undefined {
  return loaded;
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
  let cancel = () => {};
  const whenIdle = (then: () => void) => {
    if (win.requestIdleCallback) {
      const handle = win.requestIdleCallback(then, { timeout: timeoutMs });
      cancel = () => win.cancelIdleCallback?.(handle);
    } else {
      const handle = win.setTimeout(then, 1);
      cancel = () => win.clearTimeout(handle);
    }
  };
  const warm = (m: unknown) => {
    const warmUp = (m as Partial<CodeEditorModule> | undefined)?.warmUpMonaco;
    // A failed warm-up costs nothing but the time saved: the editor sets itself up when first shown.
    if (warmUp)
      whenIdle(() => {
        try {
          warmUp();
        } catch {
          /* left to the first code block */
        }
      });
  };
  whenIdle(() => void load().then(warm, () => undefined));
  return () => cancel();
}

/**
 * How long after the app starts the preload waits before it looks for an idle moment: Monaco's 1.2 MB
 * chunk and its warm-up would otherwise compete with opening the project and showing the canvas (and a
 * short session that never shows code, such as each end-to-end test, would pay for it: ~0.8 s a test).
 */
export const PRELOAD_DELAY_MS = 5000;

/** The app shell's preload: preloadCodeEditorWhenIdle once PRELOAD_DELAY_MS have passed; returns its cancel. */
export function preloadCodeEditorSoon(
  delayMs = PRELOAD_DELAY_MS,
  start: () => () => void = () => preloadCodeEditorWhenIdle(),
): () => void {
  let cancel = () => {};
  const timer = setTimeout(() => (cancel = start()), delayMs);
  return () => {
    clearTimeout(timer);
    cancel();
  };
}
