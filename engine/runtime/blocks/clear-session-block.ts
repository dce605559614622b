// Clear session block (docs/file-format.md#clear-session-block): every session variable is removed (a
// `clear` event each), then the declared defaults are written again (a `set` event each). The read-only
// `internal` namespace and the built-ins (conversationId, language, lastUserMessage, lastError) stay.
import { SENSITIVE_PLACEHOLDER, UNSAFE_PATH_SEGMENTS, type ClearSessionBlock } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';
import { safeJson, unsafeSegment } from '../session-store';

/** The session roots a Clear session keeps: the platform's own namespace. */
export const KEPT_ON_CLEAR: ReadonlySet<string> = new Set(['internal']);

export function runClearSessionBlock(block: ClearSessionBlock, ctx: RuntimeContext): Outcome {
  for (const key of Object.keys(ctx.session)) {
    if (KEPT_ON_CLEAR.has(key) || UNSAFE_PATH_SEGMENTS.has(key)) continue;
    const old = ctx.session[key]!;
    delete ctx.session[key];
    const redacted = ctx.isSensitive(key);
    ctx.tracer.emit({
      type: 'clear',
      blockId: block.id,
      path: key,
      old: redacted ? SENSITIVE_PLACEHOLDER : structuredClone(old),
      ...(redacted ? { redacted: true } : {}),
    });
  }
  for (const v of ctx.project.variables)
    if (v.default !== undefined && unsafeSegment(v.name) === undefined)
      ctx.set(v.name, safeJson(v.default), 'clearSession', block.id);
  return ctx.follow(block.next);
}
