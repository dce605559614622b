// Shim (shared realm, shims/compat.ts): `URL` and `URLSearchParams`. URL parsing and the URL setters are
// the host's (Node's WHATWG URL, through `host('url', json)`, see host-url.ts), so results are exactly
// Node's; URLSearchParams is the WHATWG form-urlencoded list, in JavaScript (no host call). Needs
// utf8Encode/utf8Decode (shims/encoding.ts).
/** Longest URL (input, base or set value) a block may hand to the host. */
export const MAX_URL_CHARS = 65_536;

export const urlShim = String.raw`
  const MAX_URL_CHARS = ${MAX_URL_CHARS};
  const INTERNAL = {};
  const usv = (value) => String(value).toWellFormed();
  const SAFE_BYTE = /[*\-._0-9A-Za-z]/;
  const formSerialize = (s) => {
    const bytes = utf8Encode(s);
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const ch = String.fromCharCode(b);
      if (b === 0x20) out += '+';
      else if (b < 0x80 && SAFE_BYTE.test(ch)) out += ch;
      else out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
    }
    return out;
  };
  const isHex = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
  const formDecode = (s) => {
    const text = s.replace(/\+/g, ' ');
    if (text.indexOf('%') < 0) return text.toWellFormed();
    const bytes = utf8Encode(text);
    const decoded = new Uint8Array(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        decoded[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
        i += 2;
      } else decoded[n++] = bytes[i];
    }
    return utf8Decode(decoded.subarray(0, n), false);
  };
  const formParse = (query) => {
    const list = [];
    for (const part of query.split('&')) {
      if (part === '') continue;
      const at = part.indexOf('=');
      list.push(at < 0 ? [formDecode(part), ''] : [formDecode(part.slice(0, at)), formDecode(part.slice(at + 1))]);
    }
    return list;
  };
  // Links between a URL and its searchParams, set by the classes' static blocks (they reach private fields).
  let setUrlQuery, resetParams;
  class URLSearchParams {
    #list = [];
    #url = null;
    constructor(init, url, query) {
      if (init === INTERNAL) { this.#url = url; this.#list = formParse(query.slice(1)); return; }
      if (init === undefined || init === null) return;
      if (typeof init === 'object' || typeof init === 'function') {
        if (typeof init[Symbol.iterator] === 'function') {
          for (const pair of init) {
            const p = typeof pair === 'string' ? null : Array.from(pair);
            if (p === null || p.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
            this.#list.push([usv(p[0]), usv(p[1])]);
          }
        } else {
          for (const key of Reflect.ownKeys(init)) {
            const d = Object.getOwnPropertyDescriptor(init, key);
            if (typeof key === 'string' && d && d.enumerable) this.#list.push([usv(key), usv(init[key])]);
          }
        }
        return;
      }
      const s = usv(init);
      this.#list = formParse(s[0] === '?' ? s.slice(1) : s);
    }
    #update() {
      if (this.#url !== null) setUrlQuery(this.#url, this.toString());
    }
    get size() { return this.#list.length; }
    append(name, value) { this.#list.push([usv(name), usv(value)]); this.#update(); }
    delete(name, value) {
      const n = usv(name), v = value === undefined ? undefined : usv(value);
      this.#list = this.#list.filter((p) => p[0] !== n || (v !== undefined && p[1] !== v));
      this.#update();
    }
    get(name) { const n = usv(name); const p = this.#list.find((e) => e[0] === n); return p ? p[1] : null; }
    getAll(name) { const n = usv(name); return this.#list.filter((e) => e[0] === n).map((e) => e[1]); }
    has(name, value) { const n = usv(name), v = value === undefined ? undefined : usv(value); return this.#list.some((p) => p[0] === n && (v === undefined || p[1] === v)); }
    set(name, value) {
      const n = usv(name), v = usv(value);
      const at = this.#list.findIndex((p) => p[0] === n);
      if (at < 0) this.#list.push([n, v]);
      else this.#list = this.#list.filter((p, i) => i <= at || p[0] !== n).map((p, i) => (i === at ? [n, v] : p));
      this.#update();
    }
    sort() {
      const keyed = this.#list.map((p, i) => [p, i]);
      keyed.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
      this.#list = keyed.map((e) => e[0]);
      this.#update();
    }
    forEach(callback, thisArg) {
      if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function');
      for (let i = 0; i < this.#list.length; i++) callback.call(thisArg, this.#list[i][1], this.#list[i][0], this);
    }
    *entries() { for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]]; }
    *keys() { for (let i = 0; i < this.#list.length; i++) yield this.#list[i][0]; }
    *values() { for (let i = 0; i < this.#list.length; i++) yield this.#list[i][1]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.#list.map((p) => formSerialize(p[0]) + '=' + formSerialize(p[1])).join('&'); }
    static { resetParams = (params, query) => { params.#list = formParse(query.slice(1)); }; }
  }
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
  const checkLength = (s, what) => {
    if (s.length > MAX_URL_CHARS) throw new RangeError('The ' + what + ' is ' + s.length + ' characters long; URLs in the sandbox are at most ' + MAX_URL_CHARS);
    return s;
  };
  const urlCall = (request) => JSON.parse(host('url', JSON.stringify(request)));
  const invalidUrl = (input) => {
    const e = new TypeError('Invalid URL');
    e.code = 'ERR_INVALID_URL';
    e.input = input;
    return e;
  };
  class URL {
    #c;
    #params;
    constructor(url, base) {
      if (arguments.length === 0) throw new TypeError('The "url" argument must be specified');
      const input = checkLength(usv(url), 'URL');
      const request = { op: 'parse', input: input };
      if (base !== undefined) request.base = checkLength(usv(base), 'base URL');
      const c = urlCall(request);
      if (c === null) throw invalidUrl(input);
      this.#c = c;
      this.#params = new URLSearchParams(INTERNAL, this, c.search);
    }
    #set(prop, value) {
      const c = urlCall({ op: 'set', href: this.#c.href, prop: prop, value: checkLength(usv(value), prop) });
      if (c === null) throw invalidUrl(usv(value));
      this.#c = c;
      if (prop === 'href' || prop === 'search') resetParams(this.#params, c.search);
    }
    static { setUrlQuery = (url, query) => { url.#set('search', query); }; }
    get href() { return this.#c.href; }
    set href(v) { this.#set('href', v); }
    get origin() { return this.#c.origin; }
    get protocol() { return this.#c.protocol; }
    set protocol(v) { this.#set('protocol', v); }
    get username() { return this.#c.username; }
    set username(v) { this.#set('username', v); }
    get password() { return this.#c.password; }
    set password(v) { this.#set('password', v); }
    get host() { return this.#c.host; }
    set host(v) { this.#set('host', v); }
    get hostname() { return this.#c.hostname; }
    set hostname(v) { this.#set('hostname', v); }
    get port() { return this.#c.port; }
    set port(v) { this.#set('port', v); }
    get pathname() { return this.#c.pathname; }
    set pathname(v) { this.#set('pathname', v); }
    get search() { return this.#c.search; }
    set search(v) { this.#set('search', v); }
    get searchParams() { return this.#params; }
    get hash() { return this.#c.hash; }
    set hash(v) { this.#set('hash', v); }
    toString() { return this.#c.href; }
    toJSON() { return this.#c.href; }
    static canParse(url, base) {
      try { new URL(url, base); return true; } catch (e) { if (e instanceof RangeError) throw e; return false; }
    }
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
  out.URL = URL;
  out.URLSearchParams = URLSearchParams;
`;
