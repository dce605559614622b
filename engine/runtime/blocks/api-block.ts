// API block (docs/file-format.md#api-block): builds the request from templates (secrets revealed only here), sends it
// through the HttpPort, stores `saveAs`, applies a Chatlayer response, or fails to onError.
import { DEFAULT_API_TIMEOUT_MS, DEFAULT_MAX_RESPONSE_BYTES, type ApiBlock, type Json } from '../../model';
import type { HttpRequest } from '../../http/http-port';
import { renderTemplate, renderUrlTemplate, valueText } from '../../template';
import { applyChatlayerResponse, isChatlayerResponse } from '../chatlayer-response';
import { tracedRequest } from '../http-call';
import { parseForeignJson } from '../session-store';
import type { Outcome, RuntimeContext } from '../runtime-context';
import { base64 } from './base64';

function withQuery(url: string, query: Record<string, Json>, ctx: RuntimeContext, blockId: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    params.append(key, valueText(ctx.json(value, blockId, 'reveal', { blockValues: true })));
  const search = params.toString();
  if (!search) return url;
  const hash = url.indexOf('#');
  const [head, tail] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${head}${head.includes('?') ? '&' : '?'}${search}${tail}`;
}

function buildRequest(block: ApiBlock, ctx: RuntimeContext): HttpRequest {
  const reveal = (text: string) => renderTemplate(text, ctx.scope(block.id, 'reveal'));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(block.headers ?? {})) headers[name] = reveal(value);
  if (block.auth?.kind === 'bearer') headers.Authorization = `Bearer ${reveal(block.auth.token)}`;
  if (block.auth?.kind === 'basic') {
    const plain = `${reveal(block.auth.username)}:${reveal(block.auth.password)}`;
    const credentials = base64(plain);
    // Credentials built from a secret are a secret too, in their encoded form (also when that secret
    // was revealed before, by an earlier block).
    if ([...ctx.revealedSecrets].some((s) => s && plain.includes(s))) ctx.revealedSecrets.add(credentials);
    headers.Authorization = `Basic ${credentials}`;
  }
  let body: string | undefined;
  if (block.body !== undefined) {
    body = JSON.stringify(ctx.json(block.body, block.id, 'reveal', { blockValues: true }));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json';
  }
  const url = withQuery(
    renderUrlTemplate(block.url, ctx.scope(block.id, 'reveal')),
    block.query ?? {},
    ctx,
    block.id,
  );
  return {
    method: block.method,
    url,
    headers,
    ...(body !== undefined ? { body } : {}),
    timeoutMs: block.timeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    maxResponseBytes: block.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    ...(ctx.options.signal ? { signal: ctx.options.signal } : {}),
  };
}

export async function runApiBlock(block: ApiBlock, ctx: RuntimeContext): Promise<Outcome> {
  const req = buildRequest(block, ctx);
  const outcome = await tracedRequest(ctx, req, { origin: 'api', blockId: block.id });
  if (!outcome.ok) return ctx.fail(block.id, block.onError, outcome.code, outcome.message);
  const text = outcome.response.bodyText;
  let body: Json = null;
  if (text.trim() !== '') {
    try {
      body = parseForeignJson(text);
    } catch (e) {
      return ctx.fail(
        block.id,
        block.onError,
        'api-unparseable',
        `the response of ${req.method} ${req.url.split('?')[0]} is not JSON: ${(e as Error).message}`,
      );
    }
  }
  if (block.saveAs) ctx.set(block.saveAs, body, 'saveAs', block.id);
  const jump = isChatlayerResponse(body) ? applyChatlayerResponse(ctx, body, 'api', block.id) : undefined;
  return jump ? { kind: 'next', blockId: jump } : ctx.follow(block.next, block.nextSet);
}
