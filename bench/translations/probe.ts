// What the Translations benchmark page (translations.tsx) exposes to bench/translations.bench.ts.

export interface TranslationsProbe {
  /** Generating the project (ms). */
  generateMs?: number;
  /** performance.now() when React was asked to render the table, and when its first rows were in the DOM. */
  renderAt?: number;
  shownAt?: number;
  /** React's render time of each commit of the table (Profiler actualDuration, ms). */
  commits: number[];
}

declare global {
  interface Window {
    __trBench?: TranslationsProbe;
  }
}
