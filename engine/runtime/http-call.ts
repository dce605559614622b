// Performs one HTTP request through the HttpPort and traces it, with the bodies capped to a preview
// (the tracer scrubs every secret that left the engine from the event, docs/file-format.md#templates).
import { SECRET_PLACEHOLDER, type HttpBodyPreview, type HttpEvent } from '../model';
import { HttpError, type HttpRequest, type HttpResponse } from '../http/http-port';
import { scrubText, scrubValue } from '../http/secret-scrub';
import { HTTP_PREVIEW_CHARS } from './options';
import type { RuntimeContext } from './runtime-context';

export type HttpOutcome =
  | { ok: true; response: HttpResponse }
  /** `response` is there when the server answered with a non-2xx status. */
  | { ok: false; code: string; message: string; response?: HttpResponse };

/** Replaces every form of every revealed secret in a text by «secret» (see engine/http/secret-scrub). */
export function scrubSecrets(secrets: ReadonlySet<string>, text: string): string {
  return scrubText(text, secrets, SECRET_PLACEHOLDER);
}

/** A copy of a JSON-like value with every form of every revealed secret replaced in its strings. */
export function scrubDeep<T>(secrets: ReadonlySet<string>, value: T): T {
  return scrubValue(value, secrets, SECRET_PLACEHOLDER);
}

function preview(text: string): HttpBodyPreview {
  const truncated = text.length > HTTP_PREVIEW_CHARS;
  return { text: truncated ? text.slice(0, HTTP_PREVIEW_CHARS) : text, truncated };
}

export interface TracedRequest {
  origin: HttpEvent['origin'];
  blockId: string;
}

/** Sends a request and emits its `http` event; errors come back as values. */
export async function tracedRequest(
  ctx: RuntimeContext,
  req: HttpRequest,
  how: TracedRequest,
): Promise<HttpOutcome> {
  const base = {
    type: 'http' as const,
    blockId: how.blockId,
    origin: how.origin,
    method: req.method,
    url: req.url,
    request: {
      headers: { ...req.headers },
      ...(req.body !== undefined ? { body: preview(req.body) } : {}),
    },
  };
  const started = ctx.clock.now();
  try {
    const response = await ctx.options.http.request(req);
    const ok = response.status >= 200 && response.status < 300;
    const error = ok
      ? undefined
      : { code: 'api-status', message: `HTTP ${response.status} from ${req.method} ${base.url}` };
    ctx.tracer.emit({
      ...base,
      status: response.status,
      ms: response.ms,
      mocked: response.mocked,
      response: { headers: { ...response.headers }, body: preview(response.bodyText) },
      ...(error ? { error } : {}),
    });
    return error ? { ok: false, ...error, response } : { ok: true, response };
  } catch (e) {
    // Duck-typed as well: a port bundled separately throws its own copy of HttpError.
    const named = (e as { code?: unknown } | null)?.code;
    const code =
      e instanceof HttpError
        ? e.code
        : typeof named === 'string' && named.startsWith('http-')
          ? named
          : 'http-network';
    const message = `${req.method} ${req.url}: ${e instanceof Error ? e.message : String(e)}`;
    ctx.tracer.emit({
      ...base,
      status: null,
      ms: Math.max(0, ctx.clock.now() - started),
      mocked: false,
      error: { code, message },
    });
    return { ok: false, code, message };
  }
}
