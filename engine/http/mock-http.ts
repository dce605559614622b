// Mocked mode (docs/file-format.md#mocks): the first mock whose method and URL pattern match answers; an unmatched
// request is an `http-unmocked` error, never a silent live call.
import type { Json, Mock } from '../model';
import { HttpError, type HttpPort, type HttpRequest, type HttpResponse } from './http-port';
import { realSleep, type Sleep } from './sleep';
import { compileUrlPattern, type UrlPattern } from './url-pattern';

export interface MockHttpOptions {
  /** Waits out `delayMs`; default real time. Pass `instantSleep` under a fixed clock. */
  sleep?: Sleep;
}

export interface MockHttp extends HttpPort {
  /** Requests answered so far, with the index of the mock that answered. */
  readonly calls: readonly { method: string; url: string; mock: number }[];
}

/** A string body is sent as written; any other JSON value as JSON text. */
export function mockBodyText(body: Json | undefined): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function responseHeaders(mock: Mock): Record<string, string> {
  const headers = { ...(mock.headers ?? {}) };
  const typed = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
  if (!typed && mock.body !== undefined && typeof mock.body !== 'string')
    headers['content-type'] = 'application/json';
  return headers;
}

function unmocked(req: HttpRequest, mocks: readonly Mock[], patterns: readonly UrlPattern[]): HttpError {
  const url = req.url.split('#')[0]!.split('?')[0]!;
  const example = JSON.stringify({ method: req.method, url, status: 200, body: {} });
  const otherMethods = mocks
    .filter((m, i) => m.method !== req.method && patterns[i]!.matches(req.url))
    .map((m) => m.method);
  const near = otherMethods.length
    ? ` (mocks for ${[...new Set(otherMethods)].join(', ')} match this URL, but the method must match too)`
    : '';
  return new HttpError(
    'http-unmocked',
    `no mock answers ${req.method} ${req.url}${near}. Add one to the project's "mocks", e.g. ${example} ` +
      `(\`*\` matches any run of characters), or run in live mode.`,
  );
}

/** Answers requests from the mocks, first match wins. */
export function createMockHttp(mocks: readonly Mock[], options: MockHttpOptions = {}): MockHttp {
  const sleep = options.sleep ?? realSleep;
  const patterns = mocks.map((m) => compileUrlPattern(m.url));
  const calls: { method: string; url: string; mock: number }[] = [];
  const aborted = (req: HttpRequest) =>
    new HttpError('http-aborted', `${req.method} ${req.url} was cancelled`);

  return {
    calls,
    async request(req: HttpRequest): Promise<HttpResponse> {
      if (req.signal?.aborted) throw aborted(req);
      const index = mocks.findIndex((m, i) => m.method === req.method && patterns[i]!.matches(req.url));
      if (index < 0) throw unmocked(req, mocks, patterns);
      const mock = mocks[index]!;
      calls.push({ method: req.method, url: req.url, mock: index });
      const delay = mock.delayMs ?? 0;
      const waited = Math.min(delay, req.timeoutMs);
      if (waited > 0) {
        try {
          await sleep(waited, req.signal);
        } catch {
          throw aborted(req);
        }
      }
      if (delay > req.timeoutMs) {
        throw new HttpError(
          'http-timeout',
          `no answer within ${req.timeoutMs} ms (the mock waits ${delay} ms)`,
        );
      }
      const bodyText = mockBodyText(mock.body);
      const bytes = new TextEncoder().encode(bodyText).length;
      if (bytes > req.maxResponseBytes) {
        throw new HttpError(
          'http-too-large',
          `the response is ${bytes} bytes, over the limit of ${req.maxResponseBytes}`,
        );
      }
      return { status: mock.status, headers: responseHeaders(mock), bodyText, ms: delay, mocked: true };
    },
  };
}
