// How a mocked answer waits out its `delayMs`: really (the simulator), or not at all (tests under a
// fixed clock, where the delay only shows in the reported duration).
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Waits `ms` of real time; rejects with the signal's reason when aborted. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Returns at once: simulated time. */
export const instantSleep: Sleep = async (_ms, signal) => {
  signal?.throwIfAborted();
};
