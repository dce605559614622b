// The host's deadline of one code block run: the worker is ended when the block's time limit (plus a grace)
// has passed. A shared realm the worker makes inside the run (the first block to read `_` or a compat global,
// engine/sandbox/shared-realm.ts) is not charged to the block: while the worker makes one the deadline waits,
// then it moves on by the time the worker says the realm took, less what it has waited already.
import type { RealmWait } from './sandbox-thread';

/** How often a deadline that found a shared realm being made looks again. */
export const REALM_POLL_MS = 25;
/** How long a deadline waits for realms before it takes the worker as stuck (seconds under load). */
export const REALM_WAIT_CAP_MS = 30_000;

/** Calls `expired` once `ms` of the run's own time has passed; returns the cancel function. */
export function armRunDeadline(ms: number, realmWait: () => RealmWait, expired: () => void): () => void {
  let credited = 0;
  let waited = 0;
  let polled = 0;
  const check = () => {
    const wait = realmWait();
    if (wait.building && polled < REALM_WAIT_CAP_MS) {
      waited += REALM_POLL_MS;
      polled += REALM_POLL_MS;
      timer = setTimeout(check, REALM_POLL_MS);
      return;
    }
    const extra = wait.creditMs - credited - waited;
    credited = wait.creditMs;
    waited = 0;
    if (extra > 0 && !wait.building) timer = setTimeout(check, extra);
    else expired();
  };
  let timer = setTimeout(check, ms);
  return () => clearTimeout(timer);
}
