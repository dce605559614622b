// The host's deadline of a code block run does not charge the block for a shared realm the worker makes
// inside it: it waits while one is made, then moves on by the time the realm took (engine/node/run-deadline.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { armRunDeadline, REALM_POLL_MS, REALM_WAIT_CAP_MS } from '../../../engine/node/run-deadline';
import type { RealmWait } from '../../../engine/node/sandbox-thread';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A deadline of `ms` over a worker whose realm state the test sets; resolves to when it expired. */
function deadline(ms: number) {
  const state: RealmWait = { building: false, creditMs: 0 };
  const expired = vi.fn();
  const cancel = armRunDeadline(ms, () => ({ ...state }), expired);
  return { state, expired, cancel };
}

describe('the run deadline', () => {
  it('expires at the limit when no realm was made', () => {
    const { expired } = deadline(100);
    vi.advanceTimersByTime(99);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledOnce();
  });

  it('moves on by the time a realm made inside the run took', () => {
    const { state, expired } = deadline(100);
    state.creditMs = 60; // the worker made lodash in 60 ms, before the limit
    vi.advanceTimersByTime(159);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledOnce();
  });

  it('waits while a realm is being made at the limit, then gives what the realm took less the wait', () => {
    const { state, expired } = deadline(100);
    state.building = true;
    vi.advanceTimersByTime(100 + 8 * REALM_POLL_MS); // nine looks, each waiting one more poll: 225 ms
    expect(expired).not.toHaveBeenCalled();
    state.building = false;
    state.creditMs = 250; // it took 250 ms in all: 25 more than waited so far
    vi.advanceTimersByTime(REALM_POLL_MS);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(25);
    expect(expired).toHaveBeenCalledOnce();
  });

  it('takes a worker still making a realm after the cap as stuck', () => {
    const { state, expired } = deadline(100);
    state.building = true;
    vi.advanceTimersByTime(100 + REALM_WAIT_CAP_MS);
    expect(expired).toHaveBeenCalledOnce();
  });

  it('never fires once cancelled', () => {
    const { expired, cancel } = deadline(100);
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(expired).not.toHaveBeenCalled();
  });
});
