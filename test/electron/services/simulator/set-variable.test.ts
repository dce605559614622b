// simulator.setVariable, the debugger's variable edit, through the contract method itself (issue 18):
// hostile paths, over-long names and values that are not JSON get a clear invalid-input error, and
// Object.prototype and the session stay untouched.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Envelope, type Services } from '../../../../electron/api';
import { createHostEvents } from '../../../../electron/services/host-events';
import {
  createSimulatorService,
  lazyCodeRunner,
  type SimulatorService,
} from '../../../../electron/services/simulator';
import { createQuickJsCodeRunner } from '../../../../engine/node';
import { createRecordingHttp, type HttpPort } from '../../../../engine/http';
import { pizzaBot } from '../../../engine/testing/fixtures';

const runner = lazyCodeRunner(() => createQuickJsCodeRunner());
afterAll(() => runner.dispose());
let service: SimulatorService | undefined;
afterEach(() => service?.close());

const noHttp: HttpPort = { request: async () => Promise.reject(new Error('no network in this test')) };

async function started() {
  service = createSimulatorService({
    projectOf: () => pizzaBot([]),
    events: createHostEvents(),
    codeRunner: () => runner,
    liveHttp: () => noHttp,
    recordingHttp: () => createRecordingHttp(noHttp),
    intents: async () => undefined,
  });
  const call = (method: string, input: unknown): Promise<Envelope<unknown>> =>
    dispatch(service!.methods as Services, method, input, { transport: 'direct' });
  const start = await call('simulator.start', { path: '/p.botloom', session: { user: { name: 'Ann' } } });
  if (!start.ok) throw new Error(start.error.message);
  const id = (start.value as { state: { id: string } }).state.id;
  const session = async () =>
    ((await call('simulator.state', { id })) as { value: { state: { session: unknown } } }).value.state
      .session;
  return { call, id, session };
}

/** Nothing reached a prototype: no own property was added to Object.prototype or Function.prototype. */
function expectPrototypesClean() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTO_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
}
const OBJECT_PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function cyclic(): object {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  return value;
}

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('simulator.setVariable with hostile input', () => {
  it.each([
    '__proto__.polluted',
    'user.__proto__.polluted',
    'constructor.prototype.polluted',
    'user.constructor.prototype.polluted',
    'prototype.polluted',
    'list[0].__proto__.polluted',
  ])('refuses the path %s with a clear message', async (path) => {
    const { call, id, session } = await started();
    const before = await session();
    const r = await call('simulator.setVariable', { id, path, value: 'yes' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.message).toMatch(
      /^The debugger cannot set ".*" \(.*cannot contain the segment (__proto__|constructor|prototype)\)/,
    );
    expect(await session()).toEqual(before);
    expectPrototypesClean();
  });

  it('refuses the read-only namespaces, naming them', async () => {
    const { call, id } = await started();
    for (const path of ['internal.sessionId', 'secrets.token']) {
      const r = await call('simulator.setVariable', { id, path, value: 'x' });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: /namespace is read-only/ },
      });
    }
  });

  it('refuses a name over 500 characters before it reaches the session', async () => {
    const { call, id, session } = await started();
    const before = await session();
    const r = await call('simulator.setVariable', { id, path: 'a'.repeat(501), value: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'path' }] } });
    expect(await session()).toEqual(before);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['undefined', undefined],
    ['a function', () => 1],
    ['a bigint', BigInt(1)],
    ['a symbol', Symbol('x')],
    ['a nested function', { a: [1, { b: () => 1 }] }],
    ['a cycle (IPC can carry one)', cyclic()],
    ['100,000 levels of nesting', deep(100_000)],
  ])('refuses %s as a value', async (_name, value) => {
    const { call, id, session } = await started();
    const before = await session();
    const r = await call('simulator.setVariable', { id, path: 'user.x', value });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await session()).toEqual(before);
    expectPrototypesClean();
  });

  it('a value holding own __proto__ and constructor keys is stored without them', async () => {
    const { call, id, session } = await started();
    const value = JSON.parse(
      '{"ok":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":1}}}',
    );
    const r = await call('simulator.setVariable', { id, path: 'user.profile', value });
    expect(r.ok).toBe(true);
    const stored = ((await session()) as { user: { profile: object } }).user.profile;
    expect(Object.keys(stored)).toEqual(['ok']);
    expectPrototypesClean();
  });
});
