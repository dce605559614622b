// Get time block (docs/file-format.md#get-time-block): reads the conversation clock (fixed in tests) and
// stores `{ utc: {…}, offset: {…} }` under the block's variable, in the shape Chatlayer's Get time gives.
import type { GetTimeBlock, Json } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';

/** The parts of one moment, read in UTC from `ms` (already shifted for an offset). */
export function timeParts(ms: number): Record<string, Json> {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    dayOfMonth: d.getUTCDate(),
    dayOfWeek: d.getUTCDay(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    ISO: d.toISOString(),
  };
}

/** The stored object: `utc` always, `offset` (the clock plus offsetHours) when the block has an offset. */
export function timeValue(now: number, offsetHours: number | undefined): Record<string, Json> {
  return {
    utc: timeParts(now),
    ...(offsetHours !== undefined ? { offset: timeParts(now + offsetHours * 3_600_000) } : {}),
  };
}

export function runGetTimeBlock(block: GetTimeBlock, ctx: RuntimeContext): Outcome {
  if (!ctx.set(block.variable, timeValue(ctx.clock.now(), block.offsetHours), 'getTime', block.id))
    return { kind: 'end', reason: 'error' };
  return ctx.follow(block.next);
}
