// Performs one HTTP request through the HttpPort and traces it, with every secret that left the
// engine scrubbed from the trace copy (SPEC §3) and the bodies capped to a preview.
import { SECRET_PLACEHOLDER, type HttpBodyPreview, type HttpEvent } from '../model';
import { HttpError, type HttpRequest, type HttpResponse } from '../http/http-port';
import { HTTP_PREVIEW_CHARS } from './options';
import type { RuntimeContext } from './runtime-context';

export type HttpOutcome =
  | { ok: true; response: HttpResponse }
  /** `response` is there when the server answered with a non-2xx status. */
  | { ok: false; code: string; message: string; response?: HttpResponse };

/** Replaces every revealed secret value in a text by «secret». */
export function scrubSecrets(ctx: RuntimeContext, text: string): string {
  let out = text;
  for (const secret of ctx.revealedSecrets) if (secret) out = out.split(secret).join(SECRET_PLACEHOLDER);
  return out;
}

function preview(ctx: RuntimeContext, text: string): HttpBodyPreview {
  const truncated = text.length > HTTP_PREVIEW_CHARS;
  return { text: scrubSecrets(ctx, truncated ? text.slice(0, HTTP_PREVIEW_CHARS) : text), truncated };
}

function scrubHeaders(ctx: RuntimeContext, headers: Record<string, string>, hidden: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = hidden.has(name.toLowerCase()) ? SECRET_PLACEHOLDER : scrubSecrets(ctx, value);
  return out;
}

export interface TracedRequest {
  origin: HttpEvent['origin'];
  blockId: string;
  /** Header names (lower case) whose whole value is hidden in the trace (basic auth built from secrets). */
  hiddenHeaders?: ReadonlySet<string>;
}

/** Sends a request and emits its `http` event; errors come back as values. */
export async function tracedRequest(ctx: RuntimeContext, req: HttpRequest, how: TracedRequest): Promise<HttpOutcome> {
  const base = {
    type: 'http' as const,
    blockId: how.blockId,
    origin: how.origin,
    method: req.method,
    url: scrubSecrets(ctx, req.url),
    request: {
      headers: scrubHeaders(ctx, req.headers, how.hiddenHeaders ?? new Set()),
      ...(req.body !== undefined ? { body: preview(ctx, req.body) } : {}),
    },
  };
  const started = ctx.clock.now();
  try {
    const response = await ctx.options.http.request(req);
    const ok = response.status >= 200 && response.status < 300;
    const error = ok ? undefined : { code: 'api-status', message: `HTTP ${response.status} from ${req.method} ${base.url}` };
    ctx.tracer.emit({
      ...base,
      status: response.status,
      ms: response.ms,
      mocked: response.mocked,
      response: { headers: scrubHeaders(ctx, response.headers, new Set()), body: preview(ctx, response.bodyText) },
      ...(error ? { error } : {}),
    });
    return error ? { ok: false, ...error, response } : { ok: true, response };
  } catch (e) {
    const code = e instanceof HttpError ? e.code : 'http-network';
    const message = scrubSecrets(ctx, `${req.method} ${req.url}: ${e instanceof Error ? e.message : String(e)}`);
    ctx.tracer.emit({ ...base, status: null, ms: Math.max(0, ctx.clock.now() - started), mocked: false, error: { code, message } });
    return { ok: false, code, message };
  }
}
