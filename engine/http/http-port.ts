// The engine's only door to HTTP (API blocks and code-block `fetch`): injected, never a global fetch.
import type { HttpMethod } from '../model';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** Request body as sent (already serialised). */
  body?: string;
  timeoutMs: number;
  /** Responses larger than this fail with `http-too-large`. */
  maxResponseBytes: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  bodyText: string;
  /** Wall-clock (or simulated, under a fixed clock) duration in ms. */
  ms: number;
  /** True when a mock answered. */
  mocked: boolean;
}

export type HttpErrorCode =
  'http-network' | 'http-timeout' | 'http-too-large' | 'http-unmocked' | 'http-aborted';

export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Performs one request. Implementations: mocked (engine/http), live and record (given a transport). */
export interface HttpPort {
  request(req: HttpRequest): Promise<HttpResponse>;
}
