// The IPC transport, with Electron's ipcMain replaced by a recorder (Electron cannot start here).
import { describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../electron/api';
import { createHostEvents } from '../../../electron/services/host-events';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) =>
      handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { serveIpc, INVOKE_CHANNEL, EVENT_CHANNEL } = await import('../../../electron/transports/ipc');

const services = {
  'app.info': () => ({
    name: 'Botloom',
    version: '1',
    shell: 'electron',
    platform: 'test',
    dataDir: '/d',
    initialProject: null,
  }),
  'projects.list': () => [],
  'projects.create': (i: { name: string }) => ({
    path: `/p/${i.name}.botloom`,
    name: i.name,
    lastOpenedAt: '2026-01-01T00:00:00.000Z',
  }),
} as unknown as Services;

const APP = 'file:///app/dist/renderer/index.html';
const sent: unknown[][] = [];
const window = { webContents: { isDestroyed: () => false, send: (...a: unknown[]) => sent.push(a) } };
const events = createHostEvents();
const stop = serveIpc(
  services,
  events,
  (url) => url === APP,
  () => [window as never],
);
const invoke = (frameUrl: string | null, message: unknown) =>
  handlers.get(INVOKE_CHANNEL)!({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, message);

describe('IPC transport', () => {
  it('dispatches a call from the app frame', async () => {
    expect(await invoke(APP, { method: 'projects.create', input: { name: 'Pizza' } })).toMatchObject({
      ok: true,
      value: { name: 'Pizza' },
    });
  });

  it('refuses a call from a foreign frame', async () => {
    expect(await invoke('https://evil.example/', { method: 'app.info', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke(null, { method: 'app.info', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a message that is not { method, input }', async () => {
    expect(await invoke(APP, 'app.info')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await invoke(APP, { method: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('validates the input against the contract', async () => {
    expect(await invoke(APP, { method: 'projects.create', input: { name: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'name' }] },
    });
  });

  it('forwards host events to the windows', () => {
    events.emit('projects.changed', { path: '/p/a.botloom', revision: 2 });
    expect(sent).toContainEqual([EVENT_CHANNEL, 'projects.changed', { path: '/p/a.botloom', revision: 2 }]);
  });

  it('removes its handler when stopped', () => {
    stop();
    expect(handlers.has(INVOKE_CHANNEL)).toBe(false);
  });
});
