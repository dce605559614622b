// `botloom chatlayer status | nlp-check | session | send | trigger | pause | resume` end to end: the built
// CLI against one fake Chatlayer server running the support-triage example.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../../engine/format';
import type { Project } from '../../../engine/model';
import { startFakeChatlayer, type FakeChatlayer } from '../../fixtures/fake-chatlayer';
import { NO_STACK } from '../run-cli';
import { ChatlayerCli, TOKEN } from './chatlayer-cli';

const examplePath = path.resolve(__dirname, '../../../examples/support-triage.json');
const parsed = parseProject(readFileSync(examplePath, 'utf8'), examplePath);
if (!parsed.ok) throw new Error('examples/support-triage.json does not load');
const triage: Project = parsed.project;
/** An example the live NLP gets wrong (the fake's NLP answers it from this table). */
const MISREAD = 'has my parcel shipped yet';

let fake: FakeChatlayer;
let cli: ChatlayerCli;
/** The project as the CLI reads it, connected to the fake through its Chatlayer settings. */
let projectFile: string;

beforeAll(async () => {
  fake = await startFakeChatlayer({
    token: TOKEN,
    project: triage,
    bots: [{ id: 'bot-1', name: 'Acme support' }, { id: 'bot-2' }],
    nlpOverrides: { [MISREAD]: [{ intent: 'refund', score: 0.81 }] },
    // The live NLP also reads a number Botloom does not see in that example.
    entityOverrides: { [MISREAD]: [{ entity: 'sys.number', value: '2' }] },
    conversations: [
      { sessionId: 'conv-1', sessionData: { ticket: { orderNumber: 'AB123456' }, misunderstood: 1 } },
      { sessionId: 'conv-2' },
      { sessionId: 'conv-3' },
    ],
  });
  cli = new ChatlayerCli();
  projectFile = cli.file('triage.json', {
    ...JSON.parse(readFileSync(examplePath, 'utf8')),
    chatlayer: { baseUrl: fake.url, botId: 'bot-1', webhookChannelId: 'channel-1' },
  });
});
afterAll(async () => {
  await fake.close();
  cli.dispose();
});

describe('botloom chatlayer status', () => {
  it("reports the host, the token's source, the bot, the version and the channel from the project", async () => {
    const r = await cli.cli(['chatlayer', 'status', projectFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Chatlayer: ${new URL(fake.url).host} (${fake.url})`);
    expect(r.stdout).toContain('token:     from BOTLOOM_CHATLAYER_TOKEN, accepted');
    expect(r.stdout).toContain('bot:       bot-1 (Acme support), found');
    expect(r.stdout).toContain('version:   DRAFT');
    expect(r.stdout).toContain('channel:   channel-1');
    expect(r.stderr).toBe('');
  });

  it('lets flags override the project: another bot, LIVE; without a bot it lists the reachable ones', async () => {
    const r = await cli.cli(['chatlayer', 'status', projectFile, '--bot', 'bot-2', '--version', 'live']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('bot:       bot-2, found');
    expect(r.stdout).toContain('version:   LIVE');
    const bare = await cli.cli(['chatlayer', 'status', '--base-url', fake.url]);
    expect(bare.stdout).toContain(
      'bot:       not set (pass --bot ID); the token reaches bot-1 (Acme support), bot-2',
    );
  });

  it('exits 2 with one sentence for a refused token, an unknown bot and a missing token', async () => {
    const refused = await cli.cli(['chatlayer', 'status', projectFile], {
      env: { BOTLOOM_CHATLAYER_TOKEN: 'not-the-token-99' },
    });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `botloom: The token was refused for ${new URL(fake.url).host}: create a token in Settings › Access tokens.\n`,
    );
    const unknown = await cli.cli(['chatlayer', 'status', projectFile, '--bot', 'bot-9']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toContain('bot:       bot-9, not found');
    expect(unknown.stderr).toContain('Bot bot-9 is not among the 2 bots this token reaches');
    const none = await cli.cli(['chatlayer', 'status', projectFile], {
      env: { BOTLOOM_CHATLAYER_TOKEN: '' },
    });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('No Chatlayer access token: set BOTLOOM_CHATLAYER_TOKEN');
    for (const r of [refused, unknown, none]) expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe('botloom chatlayer nlp-check', () => {
  it('lists the examples the live NLP classifies differently and exits 1', async () => {
    const r = await cli.cli(['chatlayer', 'nlp-check', projectFile]);
    expect(r.status).toBe(1);
    const row = r.stdout.split('\n').find((l) => l.includes(MISREAD));
    expect(row).toMatch(/^order_status\s+has my parcel shipped yet\s+refund\s+0\.81\s+different-intent$/);
    const examples = triage.intents.reduce((n, i) => n + i.examples.length, 0);
    expect(r.stdout).toContain(`1 of ${examples} examples differ (threshold 0.7).`);
  });

  it('compares the entities with the live NLP per example and sums them up per entity', async () => {
    const r = await cli.cli(['chatlayer', 'nlp-check', projectFile]);
    const row = r.stdout.split('\n').find((l) => l.includes(MISREAD) && l.includes('sys.number'));
    expect(row).toMatch(/^has my parcel shipped yet\s+sys\.number\s+—\s+2\s+only-live$/);
    const examples = triage.intents.reduce((n, i) => n + i.examples.length, 0);
    expect(r.stdout).toContain(`Entities: 1 disagreements in ${examples} example sentences.`);
    expect(r.stdout).toMatch(/^sys\.number\s+\d+\s+0\s+1\s+0$/m);
  });

  it('exits 0 when every example is classified as in the project', async () => {
    const project = JSON.parse(readFileSync(projectFile, 'utf8'));
    project.intents[0].examples = project.intents[0].examples.filter((e: string) => e !== MISREAD);
    const r = await cli.cli(['chatlayer', 'nlp-check', cli.file('agreeing.json', project)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('intent examples are classified as in the project');
  });
});

describe('botloom chatlayer session', () => {
  it('prints the session as JSON and clears it', async () => {
    const get = await cli.cli(['chatlayer', 'session', 'get', 'conv-1', '--project', projectFile]);
    expect(get.status).toBe(0);
    expect(JSON.parse(get.stdout)).toEqual({ ticket: { orderNumber: 'AB123456' }, misunderstood: 1 });
    const clear = await cli.cli(['chatlayer', 'session', 'clear', 'conv-1', '-p', projectFile]);
    expect(clear.status).toBe(0);
    expect(clear.stdout).toContain('Cleared the session of conversation conv-1 of bot bot-1 (DRAFT)');
    expect(
      fake.state.requests.some((q) => q.method === 'DELETE' && q.path.endsWith('/conv-1/session-data')),
    ).toBe(true);
    const after = await cli.cli(['chatlayer', 'session', 'get', 'conv-1', '-p', projectFile]);
    expect(JSON.parse(after.stdout)).toEqual({});
  });

  it('shows the values of sensitive variables as «sensitive»', async () => {
    const project = JSON.parse(readFileSync(projectFile, 'utf8'));
    project.variables.push({ name: 'ticket.orderNumber', sensitive: true });
    const file = cli.file('sensitive.json', project);
    const seeded = fake.state.conversations.find((c) => c.sessionId === 'conv-3')!;
    seeded.sessionData = { ticket: { orderNumber: 'ZZ998877', device: 'app' } };
    const r = await cli.cli(['chatlayer', 'session', 'get', 'conv-3', '-p', file]);
    expect(JSON.parse(r.stdout)).toEqual({ ticket: { orderNumber: '«sensitive»', device: 'app' } });
    expect(r.stdout).not.toContain('ZZ998877');
  });

  it('exits 2 for a conversation the bot does not know, and without a bot id', async () => {
    const unknown = await cli.cli(['chatlayer', 'session', 'get', 'nobody', '-p', projectFile]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('check the bot id, the conversation id or the channel id');
    const noBot = await cli.cli(['chatlayer', 'session', 'get', 'conv-1', '--base-url', fake.url]);
    expect(noBot.status).toBe(2);
    expect(noBot.stderr).toContain('No Chatlayer bot id: pass --bot ID');
  });
});

describe('driving a live conversation', () => {
  it('sends messages as an agent', async () => {
    const r = await cli.cli([
      'chatlayer',
      'send',
      'conv-2',
      'Hello from an agent',
      'Second line',
      '-p',
      projectFile,
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Sent 2 messages as an agent to conversation conv-2');
    expect(fake.state.actions).toContainEqual({
      conversationId: 'conv-2',
      texts: ['Hello from an agent', 'Second line'],
    });
  });

  it('triggers a block after setting session values, through the webhook channel', async () => {
    const r = await cli.cli([
      'chatlayer',
      'trigger',
      'conv-t',
      'tech_tips',
      '--set',
      'ticket.device=app',
      '--set',
      'misunderstood=0',
      '-p',
      projectFile,
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Triggered block tech_tips in conversation conv-t through webhook channel channel-1',
    );
    await fake.idle();
    const conversation = fake.state.conversations.find((c) => c.sessionId === 'conv-t')!;
    expect(conversation.messages[0]).toMatchObject({
      actor: 'user',
      message: {
        messageType: 'postback',
        nextDialogstateId: 'tech_tips',
        parameters: [
          { key: 'ticket.device', value: 'app' },
          { key: 'misunderstood', value: 0 },
        ],
      },
    });
    // The Go To routed on the value that was set: the app tips, not the web ones.
    expect(conversation.messages[1]).toMatchObject({
      actor: 'bot',
      message: { text: 'Please update the app to the latest version and restart your phone.' },
    });
  });

  it('exits 2 for a trigger without a webhook channel, and for --set without a key', async () => {
    const noChannel = await cli.cli(['chatlayer', 'trigger', 'c', 'welcome', '--base-url', fake.url]);
    expect(noChannel.status).toBe(2);
    expect(noChannel.stderr).toContain('No webhook channel id: pass --channel ID');
    const badSet = await cli.cli(['chatlayer', 'trigger', 'c', 'welcome', '--set', '=x', '-p', projectFile]);
    expect(badSet.status).toBe(2);
    expect(badSet.stderr).toContain('--set takes key=value');
  });

  it("pauses and resumes the bot through the project's endpoints", async () => {
    const project = JSON.parse(readFileSync(projectFile, 'utf8'));
    project.chatlayer.pauseEndpoint = 'POST /v1/bots/{botId}/conversations/{conversationId}/pause';
    project.chatlayer.resumeEndpoint = '/v1/bots/{botId}/conversations/{conversationId}/resume';
    const file = cli.file('pausable.json', project);
    const conversation = fake.state.conversations.find((c) => c.sessionId === 'conv-2')!;
    const pause = await cli.cli(['chatlayer', 'pause', 'conv-2', '-p', file]);
    expect(pause.status).toBe(0);
    expect(pause.stdout).toContain('Paused the bot for conversation conv-2');
    expect(conversation.paused).toBe(true);
    const resume = await cli.cli(['chatlayer', 'resume', 'conv-2', '-p', file]);
    expect(resume.status).toBe(0);
    expect(resume.stdout).toContain('Resumed the bot for conversation conv-2');
    expect(conversation.paused).toBe(false);
  });

  it('exits 2 with a clear sentence when no pause or resume endpoint is configured', async () => {
    const inProject = await cli.cli(['chatlayer', 'pause', 'conv-2', '-p', projectFile]);
    expect(inProject.status).toBe(2);
    expect(inProject.stderr).toContain(
      `Chatlayer does not publish the pause endpoint, so Botloom takes it from the project: set "pauseEndpoint" in the Chatlayer settings of ${projectFile}`,
    );
    const noProject = await cli.cli([
      'chatlayer',
      'resume',
      'conv-2',
      '--base-url',
      fake.url,
      '--bot',
      'bot-1',
    ]);
    expect(noProject.status).toBe(2);
    expect(noProject.stderr).toContain('pass --project FILE whose Chatlayer settings set "resumeEndpoint"');
    expect(fake.state.requests.filter((q) => q.path.endsWith('/resume'))).toHaveLength(1);
  });
});

describe('the token', () => {
  it('never shows on screen or in a file of these runs', () => {
    expect(cli.runs.length).toBeGreaterThan(15);
    expect(cli.leaks(TOKEN)).toEqual([]);
  });
});
