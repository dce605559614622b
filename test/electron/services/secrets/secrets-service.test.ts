// secrets.* through the contract's dispatch: names and storage out, never a value, even in errors.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Services } from '../../../../electron/api';
import {
  createPlainFileStore,
  createSecretsService,
  type SecretStore,
} from '../../../../electron/services/secrets';

const VALUE = 'id-9:dispatch-secret-value';
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-secrets-service-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const call = (store: SecretStore | (() => SecretStore), method: string, input: unknown) =>
  dispatch(createSecretsService(store) as unknown as Services, method, input, { transport: 'direct' });

describe('secrets.* host methods', () => {
  it('stores, lists and deletes by name and never answers with a value', async () => {
    const store = createPlainFileStore({ dataDir });
    const answers = [
      await call(store, 'secrets.set', { name: 'chatlayer.token', value: VALUE }),
      await call(store, 'secrets.set', { name: 'api.shopToken', value: `${VALUE}-2` }),
      await call(store, 'secrets.status', {}),
      await call(store, 'secrets.delete', { name: 'api.shopToken' }),
      await call(store, 'secrets.delete', { name: 'api.shopToken' }),
    ];
    expect(answers[0]).toMatchObject({
      ok: true,
      value: { name: 'chatlayer.token', storage: { backend: 'plain-file', encrypted: false } },
    });
    expect(answers[2]).toMatchObject({ ok: true, value: { names: ['api.shopToken', 'chatlayer.token'] } });
    expect(answers[3]).toEqual({ ok: true, value: { name: 'api.shopToken', deleted: true } });
    expect(answers[4]).toEqual({ ok: true, value: { name: 'api.shopToken', deleted: false } });
    expect(JSON.stringify(answers)).not.toContain(VALUE);
    expect(store.get('chatlayer.token')).toBe(VALUE);
  });

  it('refuses names that are neither chatlayer.token nor api.NAME, saying what a name is', async () => {
    for (const name of ['chatlayer.other', 'api.', 'api.has-dash', '../secrets', 'token']) {
      const r = await call(createPlainFileStore({ dataDir }), 'secrets.set', { name, value: VALUE });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message).toContain('a secret name is chatlayer.token or api.NAME');
      expect(JSON.stringify(r)).not.toContain(VALUE);
    }
  });

  it('reports a value that is too long without echoing it', async () => {
    const long = `${VALUE}${'z'.repeat(8000)}`;
    const r = await call(createPlainFileStore({ dataDir }), 'secrets.set', { name: 'api.big', value: long });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(r)).not.toContain(VALUE);
  });

  it('scrubs the value from an unexpected backend failure', async () => {
    const leaky: SecretStore = {
      ...createPlainFileStore({ dataDir }),
      set: (_name, value) => {
        throw new Error(`backend choked on ${value}`);
      },
    };
    const r = await call(leaky, 'secrets.set', { name: 'chatlayer.token', value: VALUE });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'secrets-failed',
        message: 'Could not store chatlayer.token: backend choked on «secret»',
      },
    });
  });

  it('opens a lazily given store at the first call, not before', async () => {
    let opens = 0;
    const service = createSecretsService(() => {
      opens++;
      return createPlainFileStore({ dataDir });
    });
    expect(opens).toBe(0);
    await dispatch(service as unknown as Services, 'secrets.status', {}, { transport: 'direct' });
    await dispatch(service as unknown as Services, 'secrets.status', {}, { transport: 'direct' });
    expect(opens).toBe(1);
  });
});
