// The host's chatlayer.* methods through dispatch on a real host, against the fake Chatlayer server:
// status, export preview and export (history, ids, undo), and a token that never shows in an answer or event.
// Live conformance, pulled tests and the NLP check are in chatlayer-conformance.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChatlayerService } from '../../../../electron/services/chatlayer';
import { createHostEvents } from '../../../../electron/services/host-events';
import { message } from '../../../builders';
import { tokenParts, useChatlayerHosts } from './chatlayer-host';
import { example, freePort, TOKEN } from './live-bot';

const { dir, seen, open, fakeFor } = useChatlayerHosts();

describe('chatlayer.status', () => {
  it('checks the stored token with GET /v1/bots and tells where the connection goes, never the token', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    const status = await o.call('chatlayer.status', { path: o.file });
    expect(status).toMatchObject({
      label: new URL(fake.url).host,
      tokenSource: 'secret store',
      version: 'DRAFT',
      bot: { id: '1001', name: 'Bot 1', found: true },
      channelId: 'channel-1',
      problem: null,
    });
    expect(fake.state.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /v1/bots 200']);
  });

  it('says the token was refused (401), or that there is none, in one sentence', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const refused = await open(example('pizza-order.json'), fake, 'tokid-0000wrong:s3cr3t-notTheOne');
    const error = await refused.fail('chatlayer.status', { path: refused.file });
    expect(error.code).toBe('chatlayer-unauthorized');
    expect(error.message).toMatch(/token was refused.*Settings › Access tokens/);
    expect(error.message).not.toContain('notTheOne');

    const none = await open(example('pizza-order.json'), fake, null);
    expect(await none.fail('chatlayer.status', { path: none.file })).toMatchObject({
      code: 'chatlayer-not-configured',
      message: expect.stringMatching(/^No Chatlayer access token: enter one in the Chatlayer panel/),
    });
  });

  it('says an unreachable host is unreachable, and gives up on a host that does not answer in time', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const project = (await o.call('projects.get', { path: o.file })).project;
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: [{ type: 'updateSettings', patch: { chatlayer: { ...project.chatlayer, baseUrl: nobody } } }],
    });
    const error = await o.fail('chatlayer.status', { path: o.file });
    expect(error.code).toBe('chatlayer-network');
    expect(error.message).toContain('127.0.0.1');

    // A host that takes too long: the service's own timeout, said as such.
    fake.inject({ delayMs: 2_000, path: '/v1/bots' });
    const service = createChatlayerService({
      documentOf: () => ({ file: o.file, project, checkpoint: () => undefined }),
      events: createHostEvents(),
      token: { env: {}, stored: () => TOKEN },
      local: () => Promise.reject(new Error('not used')),
      statusTimeoutMs: 200,
    });
    await expect(
      service.methods['chatlayer.status']({ path: o.file }, { transport: 'direct' }),
    ).rejects.toThrow(/did not answer GET \/v1\/bots within 0.2 s/);
    service.close();
  });

  it('names a bot the token does not reach and lists the ones it does', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'), { bots: [{ id: 'other', name: 'Other' }] });
    const o = await open(example('pizza-order.json'), fake);
    const status = await o.call('chatlayer.status', { path: o.file });
    expect(status.bot).toEqual({ id: '1001', name: null, found: false });
    expect(status.bots).toEqual([{ id: 'other', name: 'Other' }]);
    expect(status.problem).toMatch(/^Bot 1001 is not among the 1 bot this token reaches/);
  });
});

describe('chatlayer.exportPreview and chatlayer.export', () => {
  it('previews the export, writes it, keeps it, marks the history, and hands back new ids to save as one undoable step', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    const preview = await o.call('chatlayer.exportPreview', { path: o.file });
    const blocks = example('pizza-order.json').flows.flatMap((f) => f.blocks.map((b) => b.id));
    expect(preview.changes).toMatchObject({
      kind: 'first',
      sentence: 'First export of this project for Chatlayer.',
    });
    expect(Object.keys(preview.newIds).sort()).toEqual([...blocks].sort());
    expect(preview.counts.blocks).toBe(blocks.length);
    expect(preview.defaultTarget).toBe(path.join(path.dirname(o.file), 'bot.chatlayer.json'));

    // The panel saves the new ids first (one step), then exports: the file holds exactly those ids.
    const project = (await o.call('projects.get', { path: o.file })).project;
    const ids = { ...preview.newIds };
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: [{ type: 'updateSettings', patch: { chatlayer: { ...project.chatlayer, ids } } }],
      label: 'Chatlayer ids',
    });
    const result = await o.call('chatlayer.export', { path: o.file, target: preview.defaultTarget });
    expect(result.newIds).toEqual({});
    expect(result.written).toBe(preview.defaultTarget);
    const written = readFileSync(result.written, 'utf8');
    for (const part of tokenParts) expect(written).not.toContain(part);
    for (const id of Object.values(ids)) expect(written).toContain(id);
    expect(readFileSync(result.kept, 'utf8')).toBe(written);
    expect(readdirSync(preview.historyFolder)).toHaveLength(1);
    const history = await o.call('projects.history', { path: o.file });
    expect(history.map((r) => r.name)).toContain('Exported to Chatlayer');

    // Unchanged: same bytes, "No change"; after an edit, the change and a new id for the new block only.
    const again = await o.call('chatlayer.exportPreview', { path: o.file });
    expect(again.text).toBe(written);
    expect(again.changes.kind).toBe('unchanged');
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: [
        { type: 'addBlock', flow: project.flows[0]!.id, block: message('see_you', { text: 'See you!' }) },
      ],
    });
    const changed = await o.call('chatlayer.exportPreview', { path: o.file });
    expect(changed.changes.kind).toBe('changed');
    expect(changed.changes.changes).toContainEqual({ kind: 'blocks', verb: 'added', names: ['see_you'] });
    expect(Object.keys(changed.newIds)).toEqual(['see_you']);

    // Undo takes back the edit, then the ids, one step each.
    await o.call('projects.undo', { path: o.file });
    await o.call('projects.undo', { path: o.file });
    expect((await o.call('projects.get', { path: o.file })).project.chatlayer?.ids).toBeUndefined();
  });

  it('refuses to write over the project or into a missing folder, saying what to choose', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    expect(await o.fail('chatlayer.export', { path: o.file, target: o.file })).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('is a Botloom project: write the Chatlayer export to a .json file'),
    });
    const missing = path.join(dir(), 'nowhere', 'bot.json');
    expect((await o.fail('chatlayer.export', { path: o.file, target: missing })).message).toContain(
      'does not exist: choose a path in an existing folder',
    );
    expect(existsSync(`${o.file}.chatlayer-exports`)).toBe(false);
  });
});
describe('the token', () => {
  it('never appears in an answer, an error or an event of any call above', () => {
    const text = seen.join('\n');
    expect(seen.length).toBeGreaterThan(40);
    expect(text).toContain('chatlayer-unauthorized');
    for (const part of tokenParts) expect(text).not.toContain(part);
  });
});
