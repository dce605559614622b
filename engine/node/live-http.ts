// Live HTTP for Node hosts (CLI, Electron main): engine/http's live and record ports over Node 20's
// global fetch, the one place a real transport is handed to the engine. Redirects are followed by
// hand (at most 5) and refused when they lead to a loopback, private or link-local address, unless
// allowed (`allowPrivateRedirects`, or BOTLOOM_ALLOW_PRIVATE_REDIRECTS=1): a remote server cannot
// bounce the bot's requests, with their credentials, onto the user's machine or network.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import {
  createLiveHttp,
  createRecordingHttp,
  HttpError,
  type HttpPort,
  type HttpTransport,
  type RecordingHttp,
} from '../http';

const MAX_REDIRECTS = 5;

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** True for a loopback, private, link-local or unspecified IP address (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** True when `url`'s host is, or resolves to, a private address (`localhost` included). */
async function reachesPrivate(url: URL): Promise<boolean> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host)) return isPrivateAddress(host);
  const addresses = await lookup(host, { all: true }).catch(() => []);
  return addresses.some((a) => isPrivateAddress(a.address));
}

export interface NodeLiveHttpOptions {
  /** Follow redirects to loopback/private addresses too (default: the BOTLOOM_ALLOW_PRIVATE_REDIRECTS env var). */
  allowPrivateRedirects?: boolean;
}

/** Node's global fetch as the engine's transport, following redirects with the check above. */
export function createNodeFetchTransport(options: NodeLiveHttpOptions = {}): HttpTransport {
  return async (url, init) => {
    const allowPrivate = options.allowPrivateRedirects ?? process.env.BOTLOOM_ALLOW_PRIVATE_REDIRECTS === '1';
    let current = url;
    let { method, body } = init;
    const headers = { ...init.headers };
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, {
        method,
        headers,
        body,
        signal: init.signal,
        redirect: 'manual',
      });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || response.status === 304 || !location)
        return response;
      await response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS)
        throw new HttpError('http-network', `more than ${MAX_REDIRECTS} redirects from ${url.split('?')[0]}`);
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new HttpError('http-network', `a redirect to a ${next.protocol} URL was refused`);
      if (!allowPrivate && (await reachesPrivate(next)))
        throw new HttpError(
          'http-network',
          `a redirect to ${next.host} (a loopback or private address) was refused; set ` +
            'BOTLOOM_ALLOW_PRIVATE_REDIRECTS=1 to allow it',
        );
      // As browsers do: 303 (and 301/302 after a POST) become a GET without a body; credentials stay on their origin.
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
        for (const name of Object.keys(headers))
          if (name.toLowerCase() === 'content-type') delete headers[name];
      }
      if (next.origin !== new URL(current).origin)
        for (const name of Object.keys(headers))
          if (['authorization', 'cookie'].includes(name.toLowerCase())) delete headers[name];
      current = next.href;
    }
  };
}

/** The transport with the default options (private redirects allowed only by the environment variable). */
export const nodeFetchTransport: HttpTransport = createNodeFetchTransport();

/** Live mode over Node's fetch. */
export function createNodeLiveHttp(options: NodeLiveHttpOptions = {}): HttpPort {
  return createLiveHttp(createNodeFetchTransport(options));
}

/** Record mode over Node's fetch. */
export function createNodeRecordingHttp(options: NodeLiveHttpOptions = {}): RecordingHttp {
  return createRecordingHttp(createNodeLiveHttp(options));
}
