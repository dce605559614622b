// The long Chatlayer calls under way (conformance runs, pulls, NLP checks), by the run id the renderer
// chose: each gets an AbortSignal that `chatlayer.cancel` fires, and reports progress as `app.progress`.
import { HostError } from '../../api';
import type { HostEvents } from '../host-events';

export interface ChatlayerRun {
  signal: AbortSignal;
  /** `done` of `total` (null: not known yet), under the run's label. */
  progress(done: number, total: number | null): void;
}

export class ChatlayerRuns {
  readonly #runs = new Map<string, AbortController>();

  constructor(private readonly events: HostEvents) {}

  /** Runs `work` under `runId`; a second run with the same id while the first goes is a conflict. */
  async run<T>(runId: string, label: string, work: (run: ChatlayerRun) => Promise<T>): Promise<T> {
    if (this.#runs.has(runId))
      throw new HostError('conflict', `A Chatlayer run "${runId}" is already going.`);
    const abort = new AbortController();
    this.#runs.set(runId, abort);
    let last = { done: 0, total: null as number | null };
    const emit = (finished: boolean) =>
      this.events.emit('app.progress', { id: runId, label, ...last, finished });
    try {
      emit(false);
      return await work({
        signal: abort.signal,
        progress: (done, total) => {
          last = { done, total };
          emit(false);
        },
      });
    } finally {
      this.#runs.delete(runId);
      emit(true);
    }
  }

  cancel(runId: string): boolean {
    const run = this.#runs.get(runId);
    run?.abort();
    return Boolean(run);
  }

  close(): void {
    for (const run of this.#runs.values()) run.abort();
  }
}
