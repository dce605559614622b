// The ONE secret scrubber: every form a secret can take on its way out (literal, JSON-escaped,
// URL-encoded as a component or a form value, base64, and base64 credentials after `Basic`) is
// replaced by a placeholder, in texts and in JSON-like values (keys included).
import { base64 } from '../runtime/blocks/base64';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The UTF-8 text a base64 token stands for, or undefined when it is not base64 of UTF-8. */
function unbase64(token: string): string | undefined {
  const clean = token.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 255);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

const formCache = new Map<string, string[]>();

/** The forms a secret can take in a request, a trace or a file, longest first. */
export function secretForms(secret: string): string[] {
  let forms = formCache.get(secret);
  if (forms) return forms;
  const json = JSON.stringify(secret).slice(1, -1);
  const component = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const b64 = base64(secret);
  forms = [
    ...new Set([secret, json, JSON.stringify(json).slice(1, -1), component, form, encodeURI(secret), b64]),
  ]
    .filter((f) => f.length > 0)
    .sort((a, b) => b.length - a.length);
  if (formCache.size > 1_000) formCache.clear();
  formCache.set(secret, forms);
  return forms;
}

/** `text` with every form of every secret replaced by `placeholder`, and any `Basic` credentials holding one. */
export function scrubText(text: string, secrets: Iterable<string>, placeholder: string): string {
  const list = [...secrets].filter((s) => s.length > 0);
  if (list.length === 0 || text.length === 0) return text;
  let out = text.replace(/(Basic\s+)([A-Za-z0-9+/]{4,}={0,2})/gi, (all, prefix: string, token: string) => {
    const decoded = unbase64(token);
    return decoded !== undefined && list.some((s) => decoded.includes(s)) ? prefix + placeholder : all;
  });
  const forms = [...new Set(list.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  for (const f of forms) if (out.includes(f)) out = out.split(f).join(placeholder);
  return out;
}

/** A copy of a JSON-like value with every secret form replaced in its strings and keys. */
export function scrubValue<T>(
  value: T,
  secrets: ReadonlySet<string> | readonly string[],
  placeholder: string,
): T {
  const list = [...secrets];
  if (list.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrubText(v, list, placeholder);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v))
        if (k !== '__proto__') out[scrubText(k, list, placeholder)] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
