// The local web host transport: the same contract over HTTP on 127.0.0.1 (docs/architecture.md#the-host-contract).
// A random per-run token (constant-time compared), the Host and Origin checked, no CORS, events over SSE,
// the built renderer served with the same CSP as Electron.
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type Services } from '../api';
import type { HostEvents } from '../services/host-events';
import { CONTENT_SECURITY_POLICY } from '../main/csp';

export interface WebTransportOptions {
  services: Services;
  events: HostEvents;
  /** Folder of the built renderer (index.html + assets); omitted: API only. */
  staticDir?: string;
  port?: number;
  /** Fixed token (tests); default: 32 random bytes. */
  token?: string;
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface WebTransport {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Deeper request bodies are refused (zod and the services recurse over them). */
const MAX_JSON_DEPTH = 256;

/** How deep a JSON text nests (brackets outside strings); cheap, and bounded by the body limit. */
function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** A URL path decoded, or undefined for a malformed `%` escape (a 400, not a failure of the host). */
function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebTransport(options: WebTransportOptions): Promise<WebTransport> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      // DNS rebinding: only our own host names.
      if (!req.headers.host || !allowedHosts().has(req.headers.host)) {
        return refuse(res, 403, 'forbidden', 'Requests must be addressed to 127.0.0.1 or localhost.');
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) {
        return refuse(res, 403, 'forbidden', `Requests from origin ${origin} are refused.`);
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname === '/api/events') return serveEvents(req, res, url);
      if (url.pathname.startsWith('/api/')) return await serveApi(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(res, 405, 'not-found', 'Method not allowed.');
      return serveStatic(res, url.pathname);
    } catch (error) {
      options.log?.(`web host: ${(error as Error).message}`);
      if (!res.headersSent) refuse(res, 500, 'failed', 'The web host failed to answer.');
      else res.end();
    }
  });

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (req.method === 'OPTIONS')
      return refuse(res, 405, 'forbidden', 'Cross-origin requests are not supported.');
    if (req.method !== 'POST') return refuse(res, 405, 'not-found', 'Use POST /api/<method>.');
    const auth = req.headers.authorization;
    const given = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!sameToken(given, token)) {
      return refuse(
        res,
        401,
        'unauthorized',
        'Missing or wrong token: open the URL that `botloom serve` printed.',
      );
    }
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      return refuse(res, 415, 'invalid-input', 'Send the input as application/json.');
    }
    let input: unknown;
    try {
      const text = await readBody(req, maxBody);
      const depth = jsonDepth(text);
      if (depth > MAX_JSON_DEPTH)
        return refuse(
          res,
          400,
          'invalid-input',
          `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
        );
      input = text ? JSON.parse(text) : {};
    } catch (error) {
      return refuse(
        res,
        400,
        'invalid-input',
        `The request body is not valid JSON: ${(error as Error).message}`,
      );
    }
    const method = decodePath(url.pathname.slice('/api/'.length));
    if (method === undefined) return refuse(res, 400, 'invalid-input', 'The URL has a malformed % escape.');
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const envelope = await dispatch(
      options.services,
      method,
      input,
      { transport: 'http', signal: abort.signal },
      {
        onInternalError: (m, e) => options.log?.(`web host: ${m} failed: ${(e as Error)?.message ?? e}`),
      },
    );
    const status = envelope.ok ? 200 : envelope.error.code === 'not-found' ? 404 : 200;
    sendJson(res, status, envelope);
  }

  function serveEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (!sameToken(url.searchParams.get('token'), token)) {
      return refuse(res, 401, 'unauthorized', 'Missing or wrong token.');
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      ...SECURITY_HEADERS,
    });
    res.write(': connected\n\n');
    const unlisten = options.events.listen((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(ping);
      unlisten();
    });
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const dir = options.staticDir;
    if (!dir || !existsSync(dir)) {
      return refuse(res, 404, 'not-found', 'The renderer is not built: run `npm run build`.');
    }
    const root = path.resolve(dir);
    const decoded = decodePath(pathname);
    if (decoded === undefined) return refuse(res, 400, 'invalid-input', 'The URL has a malformed % escape.');
    let file = path.resolve(root, '.' + decoded);
    if (!file.startsWith(root + path.sep) && file !== root)
      return refuse(res, 403, 'forbidden', 'Outside the app.');
    // Symbolic links inside the folder are not followed: only regular files are served.
    const stats = existsSync(file) ? lstatSync(file) : undefined;
    if (stats && realpathSync(file) !== path.join(realpathSync(root), path.relative(root, file)))
      return refuse(res, 404, 'not-found', 'Not found.');
    if (!stats || !stats.isFile()) file = path.join(root, 'index.html');
    const ext = path.extname(file);
    const headers: Record<string, string> = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Cache-Control': ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable',
      ...SECURITY_HEADERS,
    };
    if (ext === '.html') headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
