// `botloom chat` in live mode against a local server, with a secret as a Basic-auth password, in a
// header and in the request body; the secret holds `"` and `\` (issue 18). The server receives it;
// stdout and stderr never show it in any form: literal, JSON-escaped, URL-encoded or base64 of user:secret.
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliSandbox } from './run-cli';

const bin = path.resolve(__dirname, '../../bin/botloom.js');
const SECRET = 'pa"ss\\wo:rd/+=é%';
const USER = 'botuser';

let cli: CliSandbox;
afterEach(() => cli?.dispose());

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, BOTLOOM_SECRET_API_PASS: SECRET };
    execFile(process.execPath, [bin, ...args], { cwd: cli.dir, env }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Every form the secret could take in output. */
function forms(): string[] {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return [
    SECRET,
    JSON.stringify(SECRET).slice(1, -1),
    JSON.stringify(JSON.stringify(SECRET)).slice(1, -1),
    encodeURIComponent(SECRET),
    b64(`${USER}:${SECRET}`),
    b64(SECRET),
    'ss\\wo', // the part around the backslash, however it is escaped
    'pa\\"ss',
  ];
}

function project(url: string) {
  return {
    format: 'botloom/1',
    name: 'Secret API',
    startBlock: 'call',
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'call',
            type: 'api',
            method: 'POST',
            url,
            auth: { kind: 'basic', username: USER, password: '{secrets.apiPass}' },
            headers: { 'X-Api-Key': '{secrets.apiPass}' },
            body: { password: '{secrets.apiPass}', note: 'pw={secrets.apiPass}' },
            saveAs: 'r',
            next: 'done',
            onError: 'oops',
          },
          { id: 'done', type: 'message', messages: [{ kind: 'text', text: 'Logged in: {r.ok}.' }] },
          { id: 'oops', type: 'message', messages: [{ kind: 'text', text: 'Failed: {lastError}' }] },
        ],
      },
    ],
  };
}

describe('botloom chat keeps secrets out of its output', () => {
  it('--json and plain output, with the server echoing what it received', async () => {
    cli = new CliSandbox();
    const received: { authorization?: string; key?: string; body: string }[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({
          authorization: req.headers.authorization,
          key: req.headers['x-api-key'] as string | undefined,
          body,
        });
        res.writeHead(200, { 'content-type': 'application/json' });
        // A careless server echoes the credentials back: the response preview must be scrubbed too.
        res.end(JSON.stringify({ ok: true, echo: req.headers.authorization, body: JSON.parse(body) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/login`;
      const file = cli.file('secret-api.json', project(url));
      const json = await run(['chat', file, '--mode', 'live', '--json', '--say', 'hi']);
      const plain = await run(['chat', file, '--mode', 'live', '--say', 'hi']);

      // The server got the real secret every time (so the scrubbing is not vacuous).
      expect(received).toHaveLength(2);
      for (const r of received) {
        expect(r.authorization).toBe(`Basic ${Buffer.from(`${USER}:${SECRET}`).toString('base64')}`);
        expect(r.key).toBe(SECRET);
        expect(JSON.parse(r.body)).toEqual({ password: SECRET, note: `pw=${SECRET}` });
      }
      expect(json.status).toBe(0);
      expect(json.stdout).toContain('"type":"http"');
      expect(json.stdout).toContain('Logged in: true.');
      expect(plain.stdout).toContain('Bot: Logged in: true.');
      for (const output of [json.stdout, json.stderr, plain.stdout, plain.stderr])
        for (const form of forms()) expect(output).not.toContain(form);
      expect(json.stdout).toContain('«secret»');
    } finally {
      server.close();
    }
  });
});
