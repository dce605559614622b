// The host side of the sandbox's URL (shims/url.ts): parsing and the setters are the host's WHATWG URL,
// so a block gets exactly Node's results. Requests arrive as one JSON string, checked here (plain strings,
// capped lengths, known properties); the answer is the URL's parts as JSON, or null when invalid.
import { z } from 'zod';
import { MAX_URL_CHARS } from './shims/url';

const SETTABLE = [
  'href',
  'protocol',
  'username',
  'password',
  'host',
  'hostname',
  'port',
  'pathname',
  'search',
  'hash',
] as const;
const text = z.string().max(MAX_URL_CHARS);
const request = z.union([
  z.object({ op: z.literal('parse'), input: text, base: text.optional() }).strict(),
  z.object({ op: z.literal('set'), href: text, prop: z.enum(SETTABLE), value: text }).strict(),
]);

/** The engine's type library knows a reduced URL; the host's (Node's, a browser's) has all of these. */
type FullUrl = Record<(typeof SETTABLE)[number] | 'origin', string>;

const parts = (url: URL) => {
  const u = url as unknown as FullUrl;
  return {
    href: u.href,
    origin: u.origin,
    protocol: u.protocol,
    username: u.username,
    password: u.password,
    host: u.host,
    hostname: u.hostname,
    port: u.port,
    pathname: u.pathname,
    search: u.search,
    hash: u.hash,
  };
};

/** Answers one URL request of the sandbox: the parts of the (new) URL as JSON, or `null` when invalid. */
export function urlHostCall(json: string): string {
  let checked;
  try {
    checked = request.safeParse(JSON.parse(json));
  } catch {
    return 'null';
  }
  if (!checked.success) return 'null';
  const r = checked.data;
  if (r.op === 'parse') {
    if (!URL.canParse(r.input, r.base)) return 'null';
    return JSON.stringify(parts(new URL(r.input, r.base)));
  }
  if (!URL.canParse(r.href)) return 'null';
  const u = new URL(r.href);
  if (r.prop === 'href') {
    if (!URL.canParse(r.value)) return 'null';
    return JSON.stringify(parts(new URL(r.value)));
  }
  (u as unknown as FullUrl)[r.prop] = r.value;
  return JSON.stringify(parts(u));
}
