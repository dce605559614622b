// Random secrets with special characters (`" \ % + / = : @`, unicode) sent by API blocks as a header,
// a Basic-auth password, a body field, a query value and a path segment, to a server that echoes
// everything back: no form of the secret (literal, JSON-escaped, URL-encoded, base64, base64 inside
// Basic credentials) may appear in any output channel (issue 18).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../engine/model';
import { base64 } from '../../../engine/runtime/blocks/base64';
import { scrubText, secretForms } from '../../../engine/http/secret-scrub';
import { scrubSecret } from '../../../engine/chatlayer/client';
import { runTests } from '../../../engine/testing';
import {
  dispatch,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type Services,
} from '../../../electron/api';
import { createHostEvents } from '../../../electron/services/host-events';
import { createSimulatorService, type SimulatorService } from '../../../electron/services/simulator';
import { createRecordingHttp } from '../../../engine/http';
import type { HttpPort, HttpRequest } from '../../../engine/http/http-port';
import { converse, fakeCodeRunner, project, text } from './fixtures';

/** A secret: a marker (so that it cannot occur by chance) mixed with the characters that encodings change. */
const secretArb = fc
  .tuple(
    fc.array(fc.constantFrom('"', '\\', '%', '+', '/', '=', ':', '@', ' ', 'é', '€', '😀', '&', '?', '#'), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.stringMatching(/^[A-Za-z0-9]{0,6}$/),
  )
  .map(([specials, tail]) => `Sk${specials.join('')}Q9${tail}`);

/** Every form in which a leaked secret would be recognisable. */
function leakedForms(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    base64(secret),
    base64(`ann:${secret}`),
  ];
}
function expectNoLeak(channel: string, output: unknown, secret: string): void {
  const textOut = typeof output === 'string' ? output : JSON.stringify(output);
  for (const form of leakedForms(secret))
    if (textOut.includes(form)) throw new Error(`${channel} leaks the secret as ${JSON.stringify(form)}`);
}

/** A server echoing the request (url, headers, body) in its JSON answer, and an error text quoting it. */
const echo: HttpPort & { seen: HttpRequest[] } = {
  seen: [],
  async request(req) {
    echo.seen.push(req);
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      bodyText: JSON.stringify({ url: req.url, headers: req.headers, body: req.body ?? null }),
      ms: 1,
      mocked: false,
    };
  },
};

function leakyProject(): Project {
  return project([
    {
      id: 'warm',
      type: 'api',
      url: 'https://api.example.com/warm',
      headers: { 'X-Key': '{secrets.key}' },
      next: 'call',
    },
    {
      id: 'call',
      type: 'api',
      method: 'POST',
      url: 'https://api.example.com/items/{secrets.key}',
      query: { key: '{secrets.key}' },
      headers: { 'X-Key': '{secrets.key}' },
      auth: { kind: 'basic', username: 'ann', password: '{secrets.key}' },
      body: { key: '{secrets.key}', note: 'k={secrets.key}' },
      saveAs: 'echoed',
      next: 'show',
    },
    { id: 'show', type: 'message', messages: [text('echo: {echoed.body}')] },
  ]);
}

describe('secrets never leave, in any form (property)', () => {
  it('the scrubber removes every form, and Basic credentials holding the secret', () => {
    fc.assert(
      fc.property(secretArb, (secret) => {
        const all = [
          ...leakedForms(secret).slice(0, 5),
          `Authorization: Basic ${base64(`someone:${secret}`)}`,
        ].join(' | ');
        expectNoLeak('scrubText', scrubText(all, [secret], '«secret»'), secret);
        expect(scrubText(all, [secret], '«secret»')).toContain('Basic «secret»');
        for (const form of secretForms(secret)) expect(scrubText(form, [secret], 'X')).toBe('X');
      }),
      { numRuns: 200 },
    );
  });

  it('trace events, messages, lastError and `botloom chat --json` lines', async () => {
    await fc.assert(
      fc.asyncProperty(secretArb, async (secret) => {
        const c = converse(leakyProject(), {
          http: echo,
          secrets: (n) => (n === 'key' ? secret : undefined),
        });
        const turn = await c.start();
        expect(echo.seen.at(-1)!.headers.Authorization).toBe(`Basic ${base64(`ann:${secret}`)}`);
        expectNoLeak('trace events', c.events, secret);
        expectNoLeak('turn', turn, secret);
        // `botloom chat --json` writes each event as one JSON line.
        expectNoLeak('chat --json', c.events.map((e) => JSON.stringify(e)).join('\n'), secret);
        expectNoLeak('/vars', c.scrub(c.session), secret);
      }),
      { numRuns: 40 },
    );
  });

  it('test output (failure texts quoting session values and bot errors)', async () => {
    await fc.assert(
      fc.asyncProperty(secretArb, async (secret) => {
        const p = leakyProject();
        p.tests.push({
          name: 'leaks?',
          mode: 'live',
          steps: [{ expectVars: { echoed: 'something else' } }],
        } as never);
        const summary = await runTests(p, {
          httpFor: () => echo,
          codeRunner: fakeCodeRunner(() => ({})),
          secrets: (n: string) => (n === 'key' ? secret : undefined),
        } as never);
        expect(summary.results[0]!.status).toBe('failed');
        expect(summary.results[0]!.failure!.actual).toContain('«secret»');
        expectNoLeak('test results', summary, secret);
      }),
      { numRuns: 25 },
    );
  });

  it('CLI scrubbing of Chatlayer tokens (status, errors) covers every form', () => {
    fc.assert(
      fc.property(secretArb, (secret) => {
        const printed = [...leakedForms(secret).slice(0, 5), `Basic ${base64(`id:${secret}`)}`].join(' ');
        expectNoLeak('scrubSecret', scrubSecret(printed, secret), secret);
      }),
      { numRuns: 100 },
    );
  });
});

describe('simulator answers, events and recorded mocks (property)', () => {
  let current: SimulatorService | null = null;
  afterEach(() => current?.close());

  it('never carry the secret; a recorded mock URL keeps matching through `*`', async () => {
    await fc.assert(
      fc.asyncProperty(secretArb, async (secret) => {
        const p = leakyProject();
        const events = createHostEvents();
        const streamed: unknown[] = [];
        events.listen((event, payload) => streamed.push({ event, payload }));
        const service = createSimulatorService({
          projectOf: () => p,
          events,
          codeRunner: () => fakeCodeRunner(() => ({})),
          liveHttp: () => echo,
          recordingHttp: () => createRecordingHttp(echo),
          intents: async () => undefined,
          secrets: (n) => (n === 'key' ? secret : undefined),
          followDelayMs: 10,
        });
        current = service;
        const call = async <M extends MethodName>(m: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
          const env = await dispatch(service.methods as Services, m, input, { transport: 'direct' });
          if (!env.ok) throw new Error(env.error.message);
          return env.value as MethodOutput<M>;
        };
        const start = await call('simulator.start', { path: '/p.botloom', mode: 'record' } as never);
        expectNoLeak('simulator answer', start, secret);
        const mocks = await call('simulator.recordedMocks', { id: start.state.id });
        expect(mocks.length).toBeGreaterThan(0);
        expectNoLeak('recorded mocks', mocks, secret);
        expect(mocks.some((m: { url: string }) => m.url.startsWith('https://api.example.com/items/*'))).toBe(
          true,
        );
        expectNoLeak('event stream', streamed, secret);
        service.close();
        current = null;
      }),
      { numRuns: 15 },
    );
  });
});
