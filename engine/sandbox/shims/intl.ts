// Shim (shared realm, shims/compat.ts): `Intl.NumberFormat`, `Intl.DateTimeFormat`,
// `Intl.getCanonicalLocales` and the locale-aware `toLocaleString` family, answered by the host's Intl
// (Node's full ICU) through `host('intl', json)`: only the known option keys with primitive values cross,
// and the host checks them again (host-intl.ts). QuickJS has no Intl of its own.
import { DATE_OPTION_KEYS, MAX_LOCALES, MAX_LOCALE_CHARS, NUMBER_OPTION_KEYS } from '../host-intl';

export const intlShim = String.raw`
  const NUMBER_KEYS = ${JSON.stringify(NUMBER_OPTION_KEYS)};
  const DATE_KEYS = ${JSON.stringify(DATE_OPTION_KEYS)};
  const intlCall = (request) => {
    const answer = JSON.parse(host('intl', JSON.stringify(request)));
    if (answer.error) throw new (answer.error.name === 'TypeError' ? TypeError : RangeError)(answer.error.message);
    return answer.value;
  };
  const plainLocales = (locales) => {
    if (locales === undefined) return undefined;
    if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
    const list = typeof locales === 'string' ? [locales] : Array.from(Object(locales));
    if (list.length > ${MAX_LOCALES}) throw new RangeError('At most ${MAX_LOCALES} locales are supported in the sandbox');
    return list.map((l) => {
      if (typeof l !== 'string' && (typeof l !== 'object' || l === null)) throw new TypeError('Language ID should be string or object.');
      const tag = String(l);
      if (tag.length > ${MAX_LOCALE_CHARS}) throw new RangeError('Incorrect locale information provided');
      return tag;
    });
  };
  const plainOptions = (options, keys) => {
    if (options === undefined) return undefined;
    if (options === null) throw new TypeError('Cannot convert undefined or null to object');
    const o = Object(options);
    const plain = {};
    for (const key of keys) {
      const v = o[key];
      if (v === undefined) continue;
      plain[key] = typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) ? v : String(v);
    }
    return plain;
  };
  // A value crossing to the host: a finite number, a special number (NaN, ±Infinity, -0), a string or a bigint.
  const plainValue = (v) => {
    if (typeof v === 'bigint') return { b: String(v) };
    if (typeof v === 'string') return { s: v };
    const n = Number(v);
    return Number.isFinite(n) && !Object.is(n, -0) ? { n: n } : { x: Object.is(n, -0) ? '-0' : String(n) };
  };
  const formatterClass = (type, keys, dateValues) => {
    const toValue = dateValues ? (d) => plainValue(d === undefined ? Date.now() : Number(d)) : plainValue;
    class Formatter {
      #request;
      constructor(locales, options) {
        this.#request = { type: type, locales: plainLocales(locales), options: plainOptions(options, keys) };
        intlCall(Object.assign({ method: 'resolvedOptions' }, this.#request));
      }
      get format() {
        const request = this.#request;
        return (value) => intlCall(Object.assign({ method: 'format', value: toValue(value) }, request));
      }
      formatToParts(value) { return intlCall(Object.assign({ method: 'formatToParts', value: toValue(value) }, this.#request)); }
      resolvedOptions() { return intlCall(Object.assign({ method: 'resolvedOptions' }, this.#request)); }
      static supportedLocalesOf(locales) { return intlCall({ type: type, method: 'supportedLocalesOf', locales: plainLocales(locales) }); }
    }
    // Callable without new, as Intl's constructors are.
    const Constructor = { [type]: function (locales, options) { return new Formatter(locales, options); } }[type];
    Constructor.prototype = Formatter.prototype;
    Object.defineProperty(Formatter.prototype, 'constructor', { value: Constructor, writable: true, configurable: true });
    Object.defineProperty(Formatter.prototype, Symbol.toStringTag, { value: 'Intl.' + type, configurable: true });
    Constructor.supportedLocalesOf = Formatter.supportedLocalesOf;
    return Constructor;
  };
  const Intl = {
    NumberFormat: formatterClass('NumberFormat', NUMBER_KEYS, false),
    DateTimeFormat: formatterClass('DateTimeFormat', DATE_KEYS, true),
    getCanonicalLocales(locales) { return intlCall({ type: 'Intl', method: 'getCanonicalLocales', locales: plainLocales(locales) }); },
  };
  Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
  // The toLocaleString family of the block's own Number and Date prototypes (installed by the prelude),
  // given the receiver and the arguments.
  const thisNumber = (x) => Number.prototype.valueOf.call(x);
  const thisTime = (x) => Date.prototype.getTime.call(x);
  const locale = (type, method, value, locales, options, keys) =>
    intlCall({ type: type, method: method, value: plainValue(value), locales: plainLocales(locales), options: plainOptions(options, keys) });
  out.Intl = Intl;
  out.numberToLocaleString = (x, locales, options) => locale('Number', 'toLocaleString', thisNumber(x), locales, options, NUMBER_KEYS);
  out.dateToLocaleString = (x, locales, options) => locale('Date', 'toLocaleString', thisTime(x), locales, options, DATE_KEYS);
  out.dateToLocaleDateString = (x, locales, options) => locale('Date', 'toLocaleDateString', thisTime(x), locales, options, DATE_KEYS);
  out.dateToLocaleTimeString = (x, locales, options) => locale('Date', 'toLocaleTimeString', thisTime(x), locales, options, DATE_KEYS);
`;
