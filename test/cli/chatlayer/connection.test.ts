import { describe, expect, it } from 'vitest';
import { resolveConnection } from '../../../cli/chatlayer/connection';

const none = () => undefined;

describe('Chatlayer connection of a CLI command', () => {
  it('takes the project settings, overridden by flags, and the token from the environment', () => {
    const c = resolveConnection(
      { region: 'eu', botId: 'b1', version: 'LIVE', webhookChannelId: 'ch1' },
      { region: 'us', bot: 'b2' },
      { BOTLOOM_CHATLAYER_TOKEN: 'id:secret' },
      none,
      { bot: true, channel: true },
    );
    expect(c).toEqual({
      region: 'us',
      botId: 'b2',
      channelId: 'ch1',
      version: 'LIVE',
      token: 'id:secret',
      tokenSource: 'environment',
    });
  });

  it('uses BOTLOOM_CHATLAYER_URL unless --base-url is given', () => {
    const env = { BOTLOOM_CHATLAYER_TOKEN: 't', BOTLOOM_CHATLAYER_URL: 'http://127.0.0.1:9/' };
    expect(resolveConnection(undefined, {}, env, none).baseUrl).toBe('http://127.0.0.1:9/');
    expect(resolveConnection(undefined, { baseUrl: 'http://127.0.0.1:10' }, env, none).baseUrl).toBe(
      'http://127.0.0.1:10',
    );
  });

  it('falls back to the secret store, and the environment wins over it', () => {
    expect(resolveConnection(undefined, {}, {}, () => 'stored').tokenSource).toBe('secret store');
    expect(resolveConnection(undefined, {}, { BOTLOOM_CHATLAYER_TOKEN: 'env' }, () => 'stored').token).toBe(
      'env',
    );
  });

  it('says how to get a token when there is none', () => {
    expect(() => resolveConnection(undefined, {}, {}, none)).toThrow(
      /BOTLOOM_CHATLAYER_TOKEN or run `botloom chatlayer login`/,
    );
  });

  it('explains a missing bot or channel and bad flags', () => {
    const env = { BOTLOOM_CHATLAYER_TOKEN: 't' };
    expect(() => resolveConnection(undefined, {}, env, none, { bot: true })).toThrow(/pass --bot ID/);
    expect(() => resolveConnection(undefined, {}, env, none, { channel: true })).toThrow(/pass --channel ID/);
    expect(() => resolveConnection(undefined, { region: 'mars' }, env, none)).toThrow(
      "--region must be eu, us or asia, not 'mars'.",
    );
    expect(() => resolveConnection(undefined, { version: 'beta' }, env, none)).toThrow(
      '--version must be DRAFT or LIVE',
    );
    expect(() => resolveConnection(undefined, { baseUrl: 'not a url' }, env, none)).toThrow(/is not a URL/);
  });
});
