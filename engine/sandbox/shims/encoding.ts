// Shim (shared realm, shims/compat.ts): UTF-8 as the WHATWG Encoding standard has it (TextEncoder,
// TextDecoder, also used by URLSearchParams), base64 `btoa`/`atob` over Latin-1 strings, and the
// DOMException they throw. Runs inside QuickJS; `out` collects what the realm exports.
export const encodingShim = String.raw`
  class DOMException extends Error {
    constructor(message, name) {
      super(message === undefined ? '' : String(message));
      Object.defineProperty(this, 'name', { value: name === undefined ? 'Error' : String(name), writable: true, configurable: true });
    }
  }
  const utf8Encode = (input) => {
    const s = String(input);
    const bytes = new Uint8Array(s.length * 3);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
        else c = 0xfffd;
      }
      if (c < 0x80) bytes[n++] = c;
      else if (c < 0x800) { bytes[n++] = 0xc0 | (c >> 6); bytes[n++] = 0x80 | (c & 63); }
      else if (c < 0x10000) { bytes[n++] = 0xe0 | (c >> 12); bytes[n++] = 0x80 | ((c >> 6) & 63); bytes[n++] = 0x80 | (c & 63); }
      else { bytes[n++] = 0xf0 | (c >> 18); bytes[n++] = 0x80 | ((c >> 12) & 63); bytes[n++] = 0x80 | ((c >> 6) & 63); bytes[n++] = 0x80 | (c & 63); }
    }
    return bytes.slice(0, n);
  };
  // Decodes with U+FFFD for each maximal invalid subpart, or throws when fatal.
  const utf8Decode = (bytes, fatal) => {
    const parts = [];
    let units = [];
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const b = bytes[i];
      let cp;
      if (b < 0x80) { cp = b; i++; }
      else {
        let need = 0, lower = 0x80, upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
        else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0xf; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
        else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 7; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
        let j = i + 1, k = 0;
        for (; k < need && j < n; k++, j++) {
          const c = bytes[j];
          if (c < lower || c > upper) break;
          lower = 0x80; upper = 0xbf;
          cp = (cp << 6) | (c & 0x3f);
        }
        if (need === 0 || k < need) cp = -1;
        i = j;
      }
      if (cp < 0) {
        if (fatal) { const e = new TypeError('The encoded data was not valid for encoding utf-8'); e.code = 'ERR_ENCODING_INVALID_ENCODED_DATA'; throw e; }
        cp = 0xfffd;
      }
      if (cp > 0xffff) { cp -= 0x10000; units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); }
      else units.push(cp);
      if (units.length >= 8192) { parts.push(String.fromCharCode.apply(null, units)); units = []; }
    }
    parts.push(String.fromCharCode.apply(null, units));
    return parts.join('');
  };
  const byteView = (input, what) => {
    const tag = Object.prototype.toString.call(input);
    if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    throw new TypeError('The "' + what + '" argument must be an instance of ArrayBuffer or ArrayBufferView');
  };
  const UTF8_LABELS = ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'];
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input) { return utf8Encode(input === undefined ? '' : input); }
    encodeInto(source, destination) {
      if (!ArrayBuffer.isView(destination)) throw new TypeError('The "dest" argument must be an instance of Uint8Array');
      const s = String(source);
      let read = 0, written = 0;
      for (const ch of s) {
        const bytes = utf8Encode(ch);
        if (written + bytes.length > destination.length) break;
        for (let k = 0; k < bytes.length; k++) destination[written++] = bytes[k];
        read += ch.length;
      }
      return { read, written };
    }
  }
  class TextDecoder {
    #fatal; #ignoreBOM;
    constructor(label, options) {
      const name = label === undefined ? 'utf-8' : String(label).trim().toLowerCase();
      if (!UTF8_LABELS.includes(name)) throw new RangeError('The "' + String(label) + '" encoding is not supported in the sandbox (only utf-8 is)');
      const o = options === undefined || options === null ? {} : Object(options);
      this.#fatal = Boolean(o.fatal);
      this.#ignoreBOM = Boolean(o.ignoreBOM);
    }
    get encoding() { return 'utf-8'; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input, options) {
      if (options && options.stream) throw new TypeError('TextDecoder: streaming ({ stream: true }) is not supported in the sandbox');
      if (input === undefined) return '';
      const text = utf8Decode(byteView(input, 'input'), this.#fatal);
      return !this.#ignoreBOM && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
  }
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const btoa = function btoa(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    const s = String(data);
    let out = '';
    for (let i = 0; i < s.length; i += 3) {
      const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
      if (a > 255 || b > 255 || c > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
      const triple = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += BASE64[triple >> 18] + BASE64[(triple >> 12) & 63];
      out += i + 1 < s.length ? BASE64[(triple >> 6) & 63] : '=';
      out += i + 2 < s.length ? BASE64[triple & 63] : '=';
    }
    return out;
  };
  const atob = function atob(data) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    // The checks, and their order, are Node's (its decoder's, stricter on padding than the WHATWG Infra standard).
    const s = String(data).replace(/[\t\n\f\r ]/g, '');
    const invalid = () => new DOMException('Invalid character', 'InvalidCharacterError');
    let equals = 0;
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '=') { if (++equals > 2) throw invalid(); }
      else if (equals > 0 || BASE64.indexOf(s[i]) < 0) throw invalid();
    }
    if ((s.length - equals) % 4 === 1) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    if (equals > 0 && s.length % 4 !== 0) throw invalid();
    const digits = s.slice(0, s.length - equals);
    let out = '', bits = 0, buffer = 0;
    for (let i = 0; i < digits.length; i++) {
      buffer = (buffer << 6) | BASE64.indexOf(digits[i]);
      bits += 6;
      if (bits >= 8) { bits -= 8; out += String.fromCharCode((buffer >> bits) & 255); buffer &= (1 << bits) - 1; }
    }
    return out;
  };
  out.DOMException = DOMException;
  out.TextEncoder = TextEncoder;
  out.TextDecoder = TextDecoder;
  out.btoa = btoa;
  out.atob = atob;
`;
