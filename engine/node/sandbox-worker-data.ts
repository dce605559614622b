// What the host hands a sandbox worker when it starts it (`workerData`).
export interface SandboxWorkerData {
  /** One Int32: the id of the run the host wants aborted (read by QuickJS's interrupt handler). */
  abortFlag: SharedArrayBuffer;
  /** One Int32: the id of the latest run the host has sent, bumped (and notified) as it sends one. */
  runsSent: SharedArrayBuffer;
  maxStackBytes: number;
  recycleHeapBytes: number;
}
