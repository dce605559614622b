// Live mode (docs/file-format.md#mocks): real HTTP through an injected fetch-like transport (the engine never reaches
// for a global fetch), with a timeout, a response size cap read from the stream, and typed errors.
import { HttpError, type HttpPort, type HttpRequest, type HttpResponse } from './http-port';

/** The part of a web `ReadableStreamDefaultReader` the live port reads with. */
export interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

/** The part of a web `Response` the live port needs (Node 20's global fetch returns one). */
export interface TransportResponse {
  status: number;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  body: { getReader(): ByteReader } | null;
}

export interface TransportInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/** `(url, init) => fetch(url, init)` in a host; a fake in tests. */
export type HttpTransport = (url: string, init: TransportInit) => Promise<TransportResponse>;

export interface LiveHttpOptions {
  /** Milliseconds for the reported duration; default `performance.now`. */
  now?: () => number;
}

async function readCapped(
  body: TransportResponse['body'],
  max: number,
  signal: AbortSignal,
): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    size += value.length;
    if (size > max) {
      await reader.cancel('response too large').catch(() => undefined);
      throw new HttpError('http-too-large', `the response is over the limit of ${max} bytes`);
    }
    chunks.push(value);
    signal.throwIfAborted();
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(all);
}

function headersOf(response: TransportResponse): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/** Performs requests over `transport`; failures are HttpErrors (`http-timeout`, `http-too-large`, …). */
export function createLiveHttp(transport: HttpTransport, options: LiveHttpOptions = {}): HttpPort {
  const now = options.now ?? (() => performance.now());
  return {
    async request(req: HttpRequest): Promise<HttpResponse> {
      const timeout = new AbortController();
      const timedOut = () => new HttpError('http-timeout', `no complete answer within ${req.timeoutMs} ms`);
      const timer = setTimeout(() => timeout.abort(timedOut()), req.timeoutMs);
      const signal = req.signal ? AbortSignal.any([req.signal, timeout.signal]) : timeout.signal;
      const started = now();
      const fail = (e: unknown): HttpError => {
        if (e instanceof HttpError) return e;
        if (timeout.signal.aborted) return timedOut();
        if (req.signal?.aborted)
          return new HttpError('http-aborted', `${req.method} ${req.url} was cancelled`);
        const cause = (e as { cause?: { message?: unknown } } | null)?.cause?.message;
        const detail = e instanceof Error ? e.message : String(e);
        return new HttpError('http-network', typeof cause === 'string' ? `${detail} (${cause})` : detail);
      };
      try {
        const response = await transport(req.url, {
          method: req.method,
          headers: req.headers,
          ...(req.body !== undefined ? { body: req.body } : {}),
          signal,
        });
        const headers = headersOf(response);
        const declared = Number(headers['content-length']);
        if (Number.isFinite(declared) && declared > req.maxResponseBytes) {
          throw new HttpError(
            'http-too-large',
            `the response is ${declared} bytes, over the limit of ${req.maxResponseBytes}`,
          );
        }
        const bodyText = await readCapped(response.body, req.maxResponseBytes, signal);
        return { status: response.status, headers, bodyText, ms: Math.round(now() - started), mocked: false };
      } catch (e) {
        throw fail(e);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
