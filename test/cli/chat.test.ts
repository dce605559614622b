// `botloom chat` end to end: --say, numbered choices, --json trace, piped input, live mode.
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TraceEvent } from '../../engine/model';
import { messageLines, type Choice } from '../../cli/commands/chat';
import { CliSandbox, NO_STACK } from './run-cli';

const examples = path.resolve(__dirname, '../../examples');
const pizza = path.join(examples, 'pizza-order.json');
const bin = path.resolve(__dirname, '../../bin/botloom.js');

let cli: CliSandbox;
afterEach(() => cli?.dispose());

describe('botloom chat', () => {
  it('runs --say turns non-interactively, buttons as numbered choices picked by number', () => {
    cli = new CliSandbox();
    const r = cli.run('chat', pizza, '--say', '1', '--say', '1', '--say', '3', '--say', '2');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Bot: What would you like to do?\n  [1] Order a pizza\n  [2] Opening hours\nYou: 1\nBot: Which pizza would you like?',
    );
    expect(r.stdout).toContain('You: 3\nBot: How many large margherita pizzas would you like?');
    expect(r.stdout).toContain(
      'Bot: 2 × large margherita: €24.70. Shall I place the order?\n  [1] Yes, place it\n  [2] No, cancel\n',
    );
    expect(r.stderr).toBe('');
  });

  it('uses intents and prints the trace as one JSON event per line with --json', () => {
    cli = new CliSandbox();
    const r = cli.run(
      'chat',
      path.join(examples, 'support-triage.json'),
      '--json',
      '--seed',
      '7',
      '--say',
      'where is my pakage',
    );
    expect(r.status).toBe(0);
    const events = r.stdout
      .trimEnd()
      .split('\n')
      .map((line) => TraceEvent.parse(JSON.parse(line)));
    expect(events[0]).toMatchObject({ type: 'enter', blockId: 'welcome' });
    expect(events.some((e) => e.type === 'user' && e.text === 'where is my pakage')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'wait', blockId: 'ask_order_number' });
  });

  it('prints the sets of a transition as set events with source transition in --json', () => {
    cli = new CliSandbox();
    const r = cli.run('chat', path.join(examples, 'bike-repair.json'), '--json', '--say', 'purple');
    expect(r.status).toBe(0);
    const sets = r.stdout
      .trimEnd()
      .split('\n')
      .map((line) => TraceEvent.parse(JSON.parse(line)))
      .filter((e) => e.type === 'set');
    expect(sets).toEqual([
      expect.objectContaining({ path: 'not_understood_counter', old: 0, value: 1, source: 'transition' }),
      expect.objectContaining({ path: 'return_to', value: 'ask_service', source: 'transition' }),
    ]);
  });

  it('reads piped input as a transcript and stops at /quit', () => {
    cli = new CliSandbox();
    const r = spawnSync(process.execPath, [bin, 'chat', pizza], {
      input: 'Opening hours\n2\n/quit\nnever read\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    // A typed title is a message, as in Chatlayer (here: not understood), with a hint once; the number presses it.
    expect(r.stdout).toContain(
      '(typed text is a message, not a click, as in Chatlayer: type 2 to press "Opening hours")\n',
    );
    expect(r.stdout).toContain("Bot: Sorry, I didn't get that. Please pick one of these:");
    expect(r.stdout).toContain('Bot: We are open every day from 11:00 to 23:00.');
    expect(r.stdout).not.toContain('never read');
  });

  it('shows an unmocked request as an error in mocked mode, and calls the real server in live mode', async () => {
    cli = new CliSandbox();
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ temp: 21 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/weather`;
      const file = cli.file('weather.json', {
        format: 'botloom/1',
        name: 'Weather',
        startBlock: 'call',
        flows: [
          {
            id: 'main',
            name: 'Main',
            blocks: [
              { id: 'call', type: 'api', url, saveAs: 'w', next: 'show', onError: 'oops' },
              { id: 'show', type: 'message', messages: [{ kind: 'text', text: 'It is {w.temp} degrees.' }] },
              { id: 'oops', type: 'message', messages: [{ kind: 'text', text: 'No weather today.' }] },
            ],
          },
        ],
      });
      const mocked = await runAsync(['chat', file, '--say', 'hi']);
      expect(mocked.stdout).toContain('Bot: No weather today.');
      expect(mocked.stderr).toMatch(
        /http-unmocked: .*no mock answers GET http:\/\/127\.0\.0\.1:\d+\/weather/,
      );
      const live = await runAsync(['chat', file, '--mode', 'live', '--say', 'hi']);
      expect(live.stdout).toContain('Bot: It is 21 degrees.');
      expect(live.status).toBe(0);
    } finally {
      server.close();
    }
  });

  it('exits 2 for a --start block the project lacks, and for an unusable file', () => {
    cli = new CliSandbox();
    const r = cli.run('chat', pizza, '--start', 'nowhere', '--say', 'hi');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('has no block "nowhere"');
    const bad = cli.run('chat', cli.file('x.json', '{ "format": "botloom/1"'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('x.json');
    expect(bad.stderr).not.toMatch(NO_STACK);
  });

  it('numbers choices across messages and shows link buttons with their address', () => {
    const choices: Choice[] = [];
    const lines = [
      ...messageLines({ kind: 'quickReplies', text: 'Size?', replies: [{ title: 'S', goTo: 'a' }] }, choices),
      ...messageLines(
        {
          kind: 'carousel',
          cards: [{ title: 'Card', subtitle: 'sub', buttons: [{ title: 'Docs', url: 'https://x.test' }] }],
        },
        choices,
      ),
      ...messageLines({ kind: 'image', url: 'https://x.test/p.png', alt: 'a pizza' }, choices),
    ];
    expect(lines).toEqual([
      'Bot: Size?',
      '  [1] S',
      'Bot: ▸ Card — sub',
      '  [2] Docs (https://x.test)',
      'Bot: [image https://x.test/p.png "a pizza"]',
    ]);
    expect(choices).toHaveLength(2);
  });
});

/** Runs the CLI without blocking this process's event loop (a test server answers meanwhile). */
function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: cli.dir }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
