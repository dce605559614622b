// Shim: `fetch(url, { method, headers, body })` routed to the host's HTTP layer (so mocks apply), answering
// a Response-like object: status, statusText (the standard reason phrase), ok, headers (get/has
// case-insensitive, forEach, entries, keys, values), text(), json() and arrayBuffer() (the body's UTF-8
// bytes: the host reads bodies as text).
export const fetchShim = String.raw`
  const headerRecord = (h) => {
    const out = {};
    if (!h) return out;
    if (typeof h.forEach === 'function' && !Array.isArray(h)) h.forEach((v, k) => { out[String(k)] = String(v); });
    else if (Array.isArray(h)) for (const pair of h) out[String(pair[0])] = String(pair[1]);
    else for (const k of Object.keys(h)) out[k] = String(h[k]);
    return out;
  };
  const utf8Bytes = (s) => {
    const bytes = new Uint8Array(s.length * 3);
    let n = 0;
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (c < 0x80) bytes[n++] = c;
      else if (c < 0x800) { bytes[n++] = 0xc0 | (c >> 6); bytes[n++] = 0x80 | (c & 63); }
      else if (c < 0x10000) { const w = c >= 0xd800 && c <= 0xdfff ? 0xfffd : c; bytes[n++] = 0xe0 | (w >> 12); bytes[n++] = 0x80 | ((w >> 6) & 63); bytes[n++] = 0x80 | (w & 63); }
      else { bytes[n++] = 0xf0 | (c >> 18); bytes[n++] = 0x80 | ((c >> 12) & 63); bytes[n++] = 0x80 | ((c >> 6) & 63); bytes[n++] = 0x80 | (c & 63); }
    }
    return bytes.slice(0, n);
  };
  const makeResponse = (url, raw) => {
    const headers = Object.create(null);
    for (const k of Object.keys(raw.headers)) headers[k.toLowerCase()] = raw.headers[k];
    const body = raw.bodyText;
    const headerView = {
      get: (name) => { const k = String(name).toLowerCase(); return Object.prototype.hasOwnProperty.call(headers, k) ? headers[k] : null; },
      has: (name) => Object.prototype.hasOwnProperty.call(headers, String(name).toLowerCase()),
      forEach: (cb, thisArg) => { for (const k of Object.keys(headers).sort()) cb.call(thisArg, headers[k], k, headerView); },
      entries: () => Object.keys(headers).sort().map((k) => [k, headers[k]])[Symbol.iterator](),
      keys: () => Object.keys(headers).sort()[Symbol.iterator](),
      values: () => Object.keys(headers).sort().map((k) => headers[k])[Symbol.iterator](),
      [Symbol.iterator]: () => headerView.entries(),
    };
    return {
      url, status: raw.status, statusText: raw.statusText || '', ok: raw.status >= 200 && raw.status < 300, redirected: false, type: 'basic',
      headers: headerView,
      text: async () => body,
      json: async () => JSON.parse(body),
      arrayBuffer: async () => utf8Bytes(body).buffer,
      clone() { return makeResponse(url, raw); },
    };
  };
  g.fetch = async function fetch(input, init) {
    const options = init || {};
    const url = typeof input === 'string' ? input : input && typeof input.url === 'string' ? input.url : String(input);
    const method = String(options.method || 'GET').toUpperCase();
    const request = { method: method, headers: headerRecord(options.headers) };
    if (options.body !== undefined && options.body !== null) request.body = String(options.body);
    const raw = JSON.parse(await host('fetch', url, JSON.stringify(request)));
    return makeResponse(url, raw);
  };
`;
