// Shim: `fetch(url, { method, headers, body })` routed to the host's HTTP layer (so mocks apply), answering
// a Response-like object (status, ok, headers.get, json(), text()).
export const fetchShim = String.raw`
  const headerRecord = (h) => {
    const out = {};
    if (!h) return out;
    if (typeof h.forEach === 'function' && !Array.isArray(h)) h.forEach((v, k) => { out[String(k)] = String(v); });
    else if (Array.isArray(h)) for (const pair of h) out[String(pair[0])] = String(pair[1]);
    else for (const k of Object.keys(h)) out[k] = String(h[k]);
    return out;
  };
  const makeResponse = (url, raw) => {
    const headers = {};
    for (const k of Object.keys(raw.headers)) headers[k.toLowerCase()] = raw.headers[k];
    const body = raw.bodyText;
    return {
      url, status: raw.status, statusText: '', ok: raw.status >= 200 && raw.status < 300, redirected: false, type: 'basic',
      headers: {
        get: (name) => { const v = headers[String(name).toLowerCase()]; return v === undefined ? null : v; },
        has: (name) => String(name).toLowerCase() in headers,
        forEach: (cb) => { for (const k of Object.keys(headers)) cb(headers[k], k); },
        entries: () => Object.entries(headers)[Symbol.iterator](),
      },
      text: async () => body,
      json: async () => JSON.parse(body),
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
