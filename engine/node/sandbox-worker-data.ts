// What the host hands a sandbox worker when it starts it (`workerData`).
export interface SandboxWorkerData {
  /** One Int32: the id of the run the host wants aborted (read by QuickJS's interrupt handler). */
  abortFlag: SharedArrayBuffer;
  /** One Int32: the id of the latest run the host has sent, bumped (and notified) as it sends one. */
  runsSent: SharedArrayBuffer;
  /**
   * Three Int32s the worker writes while a run waits for a shared realm to be made (shared-realm.ts), read
   * by the host's deadline so that the wait is not charged to the run: REALM_BUILDING, the id of the run
   * waiting now (0: none); REALM_CREDIT_RUN and REALM_CREDIT_MS, the run last credited and its ms so far.
   */
  realmWatch: SharedArrayBuffer;
  /**
   * One Int32 for the whole pool: a bit per SHARED_REALMS entry that some worker's blocks have used. A new
   * worker makes those realms before it says it is ready, so a replacement never makes a block wait.
   */
  realmsWanted: SharedArrayBuffer;
  maxStackBytes: number;
  recycleHeapBytes: number;
}

export const REALM_BUILDING = 0;
export const REALM_CREDIT_RUN = 1;
export const REALM_CREDIT_MS = 2;
export const REALM_WATCH_INTS = 3;
