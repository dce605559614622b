// Code written for Chatlayer (Node) runs unchanged: the compat globals (engine/sandbox/shims/compat.ts)
// give the same results in the sandbox as in Node. Each case runs the same code in both and compares.
import { afterAll, describe, expect, it } from 'vitest';
import { fakeHost, logTexts, sandbox } from './fixtures';

const box = sandbox({ maxWorkers: 1 });
afterAll(() => box.dispose());

/** Runs `code` (which logs with console.log) in Node, in this process, and returns what it logged. */
function inNode(code: string): string[] {
  const logged: string[] = [];
  const log = (...parts: unknown[]) =>
    logged.push(parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' '));
  // The code under test, run as Node runs it.
  new Function('console', code)({ log });
  return logged;
}

async function sameAsNode(code: string): Promise<string[]> {
  const sandboxed = logTexts(await box.ok(code, { timeoutMs: 20_000 }));
  expect(sandboxed).toEqual(inNode(code));
  return sandboxed;
}

describe('Node globals in code blocks, compared with Node', () => {
  it('runs the acceptance block: Buffer base64, URL searchParams, btoa and a nl-BE euro amount', async () => {
    const out = await sameAsNode(`
      const s = 'Crème brûlée à 12 € — 🍰';
      const u = 'https://shop.example.be/bestel?id=42&naam=Jan%20Peeters&tags=a&tags=b#top';
      const params = new URL(u).searchParams;
      console.log(Buffer.from(s).toString('base64'));
      console.log(params.get('naam'), params.getAll('tags').join('|'), params.has('id'), String(params));
      console.log(btoa('Hello, Chatlayer'), btoa(unescape(encodeURIComponent(s))));
      for (const n of [0, 1234.5, -99.999, 1e9, 0.005]) {
        console.log(new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(n));
      }
    `);
    expect(out[0]).toBe(Buffer.from('Crème brûlée à 12 € — 🍰').toString('base64'));
  });

  it('Buffer: utf8, base64, hex and latin1 round trips, concat, slice, JSON', async () => {
    await sameAsNode(`
      const b = Buffer.from('Zoë 💬 ok', 'utf8');
      console.log(b.length, b.toString('hex'), b.toString('base64'), Buffer.from(b.toString('base64'), 'base64').toString());
      console.log(Buffer.from('5a6fc3ab', 'hex').toString('utf8'), Buffer.from('WsOr', 'base64').toString(), Buffer.from('caf\\xe9', 'latin1').toString('hex'));
      console.log(Buffer.concat([Buffer.from('ab'), Buffer.from([0x63, 0x64])]).toString(), b.slice(0, 3).toString(), Buffer.byteLength('€'));
      console.log(JSON.stringify(Buffer.from('hi')), Buffer.isBuffer(b), Buffer.alloc(3, 1).toString('hex'), b.equals(Buffer.from('Zoë 💬 ok')));
    `);
  });

  it('URL: parsing, relative bases, setters and searchParams mutation', async () => {
    await sameAsNode(`
      const u = new URL('../x/y?q=1#f', 'https://User:Pw@Example.COM:8443/a/b/c');
      console.log(u.href, u.origin, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.username, u.password);
      u.searchParams.append('naam', 'Jan & Els');
      u.searchParams.set('q', '2');
      console.log(u.href, u.search);
      u.searchParams.delete('q');
      u.hash = '';
      u.pathname = '/nieuw pad';
      u.port = '443';
      console.log(u.toString(), JSON.stringify({ u }), u.searchParams.toString());
      u.search = '?a=1&a=2';
      console.log(u.searchParams.getAll('a').join(','), [...u.searchParams.keys()].join(','));
      u.searchParams.delete('a');
      console.log(u.href, URL.canParse('nope'), URL.canParse('/p', 'http://h'));
      try { new URL('not a url'); } catch (e) { console.log(e.name, e.message, e.code); }
    `);
  });

  it('URLSearchParams: from strings, pairs and records; sort, iteration, encoding', async () => {
    await sameAsNode(`
      const p = new URLSearchParams('?b=2&a=1&c=%E2%82%AC+x&a=0&empty=&flag');
      p.sort();
      console.log(p.toString(), p.get('c'), p.get('flag'), p.get('missing'), p.size);
      console.log(new URLSearchParams([['x', 'é'], ['y', '1 2']]).toString(), new URLSearchParams({ k: 'v*-._~!' }).toString());
      const seen = [];
      p.forEach((v, k) => seen.push(k + '=' + v));
      console.log(seen.join(';'), [...p].length, JSON.stringify([...p.entries()][0]), p.has('a', '0'), p.has('a', '9'));
      p.delete('a', '0');
      console.log(p.getAll('a').join(','), new URLSearchParams('a=%zz&b=%C3').toString());
    `);
  });

  it('btoa and atob, including the error on characters outside Latin-1', async () => {
    await sameAsNode(`
      console.log(btoa(''), btoa('a'), btoa('ab'), btoa('\\xff\\xfe'), atob('aGk='), atob(' aG k= '), atob('YQ'), atob('YWJj'), atob('YWI='), atob('Y W\\nJ j'));
      for (const bad of [() => btoa('€'), ...['a', 'a=', 'ab=', 'abc==', 'a===', 'abcde==', 'ab=c', '=', 'abcd=', '*'].map((s) => () => atob(s))]) {
        try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
      }
    `);
  });

  it('TextEncoder and TextDecoder with multibyte text, BOM and invalid bytes', async () => {
    await sameAsNode(`
      const bytes = new TextEncoder().encode('Zoë 💬 ж');
      console.log(bytes.length, Array.from(bytes).join(','), new TextDecoder().decode(bytes));
      console.log(new TextDecoder('utf-8').decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
      console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0xe2, 0x82, 0x62, 0xf0, 0x9f]))));
      console.log(new TextDecoder().decode(Buffer.from('via Buffer')), new TextDecoder().decode(new Uint8Array([0x68, 0x69]).buffer));
      const target = new Uint8Array(5);
      console.log(JSON.stringify(new TextEncoder().encodeInto('aé💬', target)), Array.from(target).join(','));
      try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e) { console.log(e.name, e.message); }
    `);
  });

  it('Intl: number, currency, percent, compact and unit formats; dates; toLocaleString', async () => {
    await sameAsNode(`
      const d = new Date(Date.UTC(2026, 2, 8, 14, 5, 9));
      const nf = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
      console.log(nf.format(1234567.891), JSON.stringify(nf.formatToParts(-5.5)), nf.resolvedOptions().currency);
      console.log(new Intl.NumberFormat('fr-BE', { style: 'percent', maximumFractionDigits: 1 }).format(0.1234), Intl.NumberFormat('en', { notation: 'compact' }).format(15300));
      console.log(new Intl.NumberFormat('de-DE', { style: 'unit', unit: 'kilometer-per-hour' }).format(50), new Intl.NumberFormat('en-US').format(12345678901234567890n));
      console.log((1234.5).toLocaleString('nl-BE'), (0.5).toLocaleString('en-US', { style: 'percent' }), [1, 2].map(new Intl.NumberFormat('de').format).join(' '));
      const opts = { timeZone: 'Europe/Brussels', dateStyle: 'full', timeStyle: 'short' };
      console.log(new Intl.DateTimeFormat('nl-BE', opts).format(d), new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(d));
      console.log(d.toLocaleDateString('nl-BE', { timeZone: 'UTC' }), d.toLocaleTimeString('fr-BE', { timeZone: 'Europe/Brussels' }), d.toLocaleString('en-US', { timeZone: 'America/New_York' }));
      console.log(new Date(NaN).toLocaleDateString('nl-BE'), Intl.getCanonicalLocales(['NL-be', 'fr']).join());
      for (const bad of [() => new Intl.NumberFormat('nl', { style: 'currency' }), () => new Intl.DateTimeFormat('en', { timeZone: 'Mars/Base' }), () => new Intl.DateTimeFormat('en').format(NaN)]) {
        try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
      }
    `);
  });
});

describe('fetch Response fields', () => {
  it('has statusText, arrayBuffer() and case-insensitive headers.get', async () => {
    const host = fakeHost(() => ({
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Trace': 'ab' },
      bodyText: 'niet gevonden: é€',
    }));
    const result = await box.ok(
      `const r = await fetch('https://api.example/x');
       const bytes = new Uint8Array(await r.arrayBuffer());
       console.log(r.status, r.statusText, r.ok, r.headers.get('content-type'), r.headers.get('X-TRACE'), r.headers.get('missing'), r.headers.get('constructor'));
       console.log(bytes.length, new TextDecoder().decode(bytes), [...r.headers.keys()].join());`,
      {},
      host,
    );
    expect(logTexts(result)).toEqual([
      '404 Not Found false text/plain; charset=utf-8 ab null null',
      `${Buffer.byteLength('niet gevonden: é€')} niet gevonden: é€ content-type,x-trace`,
    ]);
  });
});
