// The ONE routine that applies a Chatlayer API-plugin response (docs/file-format.md#chatlayer-api-responses, docs/chatlayer.md#api-call-responses), for API
// blocks and code blocks alike: session data first, then the messages, then the jump.
import type { Json } from '../model';
import { convertChatlayerMessages } from './chatlayer-messages';
import type { RuntimeContext } from './runtime-context';
import { isPlainObject, mergeJson } from './session-store';
import { readPath } from '../template';

const RESPONSE_KEYS = ['session', 'messages', 'action', 'nextDialogstate'];

/** True when a body uses the API-plugin response format (any of its keys at the top level). */
export function isChatlayerResponse(body: Json): body is Record<string, Json> {
  return isPlainObject(body) && RESPONSE_KEYS.some((k) => k in body);
}

/** `{namespace, data}`, an array of them, or (leniently) a plain object of namespace → data. */
function sessionEntries(session: Json): { namespace: string; data: Json }[] | null {
  const entry = (e: Json) =>
    isPlainObject(e) && typeof e.namespace === 'string'
      ? { namespace: e.namespace, data: e.data ?? null }
      : null;
  if (Array.isArray(session)) {
    const entries = session.map(entry);
    return entries.every((e) => e !== null) ? (entries as { namespace: string; data: Json }[]) : null;
  }
  if (!isPlainObject(session)) return null;
  if ('namespace' in session) {
    const one = entry(session);
    return one ? [one] : null;
  }
  return Object.entries(session).map(([namespace, data]) => ({ namespace, data }));
}

/** Applies a response's effects; returns the block to jump to, if it names a known one. */
export function applyChatlayerResponse(
  ctx: RuntimeContext,
  response: Record<string, Json>,
  source: 'api' | 'code',
  blockId: string,
): string | undefined {
  if (response.session !== undefined) {
    const entries = sessionEntries(response.session);
    if (!entries)
      ctx.error(blockId, 'response-invalid', '`session` must be {namespace, data} or an array of them');
    for (const { namespace, data } of entries ?? []) {
      if (!namespace.trim()) {
        ctx.error(blockId, 'response-invalid', 'a session entry needs a namespace');
        continue;
      }
      const merged = mergeJson(readPath(ctx.session, namespace) as Json | undefined, data);
      ctx.set(namespace, merged, source, blockId);
    }
  }
  const { messages, problems } = convertChatlayerMessages(response.messages);
  for (const problem of problems) ctx.warn(blockId, 'response-message-unsupported', problem);
  for (const message of messages) ctx.send(message, source, blockId);
  const action = isPlainObject(response.action) ? response.action : {};
  const jump = action.nextDialogstate ?? response.nextDialogstate;
  if (jump === undefined || jump === null || jump === '') return undefined;
  if (typeof jump !== 'string' || !ctx.blocks.has(jump)) {
    ctx.error(
      blockId,
      'unknown-block',
      `the response jumps to ${JSON.stringify(jump)}, which is not a block of this project`,
    );
    return undefined;
  }
  return jump;
}
