// `botloom chatlayer status` prints bot names the server supplies: a name holding the token (or its
// base64 Basic form) is printed scrubbed, whether the bot is found or listed (issue 18).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../fixtures/fake-chatlayer';
import { ChatlayerCli, TOKEN } from './chatlayer-cli';

let fake: FakeChatlayer;
let cli: ChatlayerCli;
const basic = Buffer.from(`id:${TOKEN}`).toString('base64');

beforeAll(async () => {
  fake = await startFakeChatlayer({
    token: TOKEN,
    bots: [
      { id: 'bot-1', name: `Acme ${TOKEN}` },
      { id: 'bot-2', name: `Basic ${basic}` },
      { id: 'bot-3', name: `json ${JSON.stringify(TOKEN).slice(1, -1)} url ${encodeURIComponent(TOKEN)}` },
    ],
  });
  cli = new ChatlayerCli();
});
afterAll(async () => {
  await fake.close();
  cli.dispose();
});

describe('botloom chatlayer status with hostile bot names', () => {
  it('scrubs the token from the bot it checks and from the list of reachable bots', async () => {
    const found = await cli.cli(['chatlayer', 'status', '--base-url', fake.url, '--bot', 'bot-1']);
    expect(found.status).toBe(0);
    expect(found.stdout).toContain('bot:       bot-1 (Acme «token»), found');
    const listed = await cli.cli(['chatlayer', 'status', '--base-url', fake.url]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('bot-1 (Acme «token»)');
    expect(listed.stdout).toContain('bot-2');
    expect(listed.stdout).toContain('bot-3');
    for (const run of [found, listed])
      for (const form of [TOKEN, basic, encodeURIComponent(TOKEN)]) {
        expect(run.stdout).not.toContain(form);
        expect(run.stderr).not.toContain(form);
      }
    expect(cli.leaks(TOKEN)).toEqual([]);
  });
});
