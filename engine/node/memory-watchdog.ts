// Parent-side memory watchdog: while runs are active, samples the process's resident memory and reports a
// run whose growth passes its bound (memory that QuickJS's own limit does not see: WebAssembly heap growth,
// copies in the worker's heap).
export class MemoryWatchdog {
  private readonly watches = new Set<{ limit: number; onBreach: () => void }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sampleMs: number,
    private readonly rss: () => number = () => process.memoryUsage.rss(),
  ) {}

  /** Calls `onBreach` once if RSS grows more than `allowedBytes` above its value now; returns the stop function. */
  watch(allowedBytes: number, onBreach: () => void): () => void {
    const entry = { limit: this.rss() + allowedBytes, onBreach };
    this.watches.add(entry);
    this.timer ??= setInterval(() => this.sample(), this.sampleMs).unref();
    return () => {
      this.watches.delete(entry);
      if (this.watches.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** Raises every active bound by `bytes`: memory the host itself is about to add (a worker starting). */
  allow(bytes: number): void {
    for (const entry of this.watches) entry.limit += bytes;
  }

  private sample(): void {
    const rss = this.rss();
    for (const entry of [...this.watches]) {
      if (rss > entry.limit) {
        this.watches.delete(entry);
        entry.onBreach();
      }
    }
  }
}
