// The web host while a client asks it to import a device or a FIFO (issue 18): the import is refused
// at once with a clear error, and the host keeps answering other calls meanwhile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/api';
import { startWebTransport, type WebTransport } from '../../../electron/transports/http';
import { createHostEvents } from '../../../electron/services/host-events';
import { createProjectMethods } from '../../../electron/services/project-store/project-methods';

const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-hostile-'));
const events = createHostEvents();
const { methods, sessions } = createProjectMethods({
  projectsDir: path.join(dir, 'projects'),
  recents: { touch: (e) => ({ ...e, lastOpenedAt: '2026-01-01T00:00:00.000Z' }) },
  events,
});
const services = {
  ...methods,
  'app.info': () => ({
    name: 'Botloom',
    version: '1',
    shell: 'web',
    platform: 'test',
    dataDir: dir,
    initialProject: null,
  }),
} as unknown as Services;

let web: WebTransport;
beforeAll(async () => {
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Botloom</title>');
  web = await startWebTransport({ services, events, staticDir });
});
afterAll(() => {
  web.close();
  sessions.closeAll();
});

const call = async (method: string, body: unknown) => {
  const res = await fetch(`http://127.0.0.1:${web.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${web.token}` },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ok: boolean; error?: { message: string } };
};

describe('projects.import of hostile sources over the web host', () => {
  it.each([
    [
      'a symlink to /dev/zero',
      () => symlinkSync('/dev/zero', path.join(dir, 'zero.json')),
      'zero.json',
      /character device/,
    ],
    [
      'a FIFO',
      () => execFileSync('mkfifo', [path.join(dir, 'pipe.json')]),
      'pipe.json',
      /named pipe \(FIFO\)/,
    ],
  ])('%s is refused at once and the host stays responsive', async (_name, make, file, why) => {
    make();
    const started = performance.now();
    const [imported, info] = await Promise.all([
      call('projects.import', { source: path.join(dir, file), target: path.join(dir, 'out', 'x.botloom') }),
      call('app.info', {}),
    ]);
    expect(info.ok).toBe(true);
    expect(imported.ok).toBe(false);
    expect(imported.error!.message).toMatch(why);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await call('app.info', {})).ok).toBe(true);
  });
});
