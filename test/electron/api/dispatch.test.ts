import { describe, expect, it } from 'vitest';
import { dispatch, HostError, type Services } from '../../../electron/api';

function services(overrides: Partial<Record<string, (input: unknown) => unknown>> = {}): Services {
  return {
    'app.info': () => ({
      name: 'Botloom',
      version: '1.0.0',
      shell: 'web',
      platform: 'linux-x64',
      dataDir: '/tmp',
      initialProject: null,
    }),
    'projects.list': () => [],
    'projects.create': (input: { name: string }) => ({
      path: `/tmp/${input.name}.botloom`,
      name: input.name,
      lastOpenedAt: new Date(0).toISOString(),
    }),
    ...overrides,
  } as unknown as Services;
}

describe('dispatch', () => {
  it('answers a known method with its validated output', async () => {
    const r = await dispatch(services(), 'projects.create', { name: 'Pizza' }, { transport: 'direct' });
    expect(r).toEqual({
      ok: true,
      value: { path: '/tmp/Pizza.botloom', name: 'Pizza', lastOpenedAt: '1970-01-01T00:00:00.000Z' },
    });
  });

  it('refuses an unknown method with not-found', async () => {
    const r = await dispatch(services(), 'projects.explode', {}, { transport: 'direct' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!r.ok && r.error.message).toContain("'projects.explode'");
  });

  it('reports invalid input with each field and why', async () => {
    const r = await dispatch(
      services(),
      'projects.create',
      { name: '   ', extra: 1 },
      { transport: 'direct' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'give the project a name' },
        expect.objectContaining({ path: '(root)', message: expect.stringContaining('extra') }),
      ]),
    );
    expect(r.error.message).toContain('name: give the project a name');
  });

  it('catches a service that returns the wrong shape', async () => {
    const r = await dispatch(
      services({ 'projects.list': () => [{ path: 42 }] }),
      'projects.list',
      {},
      { transport: 'direct' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-output');
    expect(r.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['[0].path', '[0].name']));
  });

  it('passes a service HostError through with its code', async () => {
    const r = await dispatch(
      services({
        'projects.list': () => {
          throw new HostError('conflict', 'already open elsewhere');
        },
      }),
      'projects.list',
      {},
      { transport: 'direct' },
    );
    expect(r).toEqual({ ok: false, error: { code: 'conflict', message: 'already open elsewhere' } });
  });

  it('wraps an unexpected service failure without leaking the input', async () => {
    const seen: string[] = [];
    const r = await dispatch(
      services({
        'projects.create': () => {
          throw new Error('disk full');
        },
      }),
      'projects.create',
      { name: 'secret-name' },
      { transport: 'direct' },
      { onInternalError: (m) => seen.push(m) },
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'projects.create failed: disk full' },
    });
    expect(seen).toEqual(['projects.create']);
  });
});
