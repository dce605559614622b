// The Electron IPC transport: one channel carrying { method, input }, the sender frame checked.
import { ipcMain, type BrowserWindow } from 'electron';
import { dispatch, type Services } from '../api';
import type { HostEvents } from '../services/host-events';

export const INVOKE_CHANNEL = 'botloom:invoke';
export const EVENT_CHANNEL = 'botloom:event';

export function serveIpc(
  services: Services,
  events: HostEvents,
  isTrustedSender: (frameUrl: string) => boolean,
  windows: () => BrowserWindow[],
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, message: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedSender(url)) {
      return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused.' } };
    }
    if (
      !message ||
      typeof message !== 'object' ||
      typeof (message as { method?: unknown }).method !== 'string'
    ) {
      return { ok: false, error: { code: 'invalid-input', message: 'Expected { method, input }.' } };
    }
    const { method, input } = message as { method: string; input: unknown };
    return dispatch(services, method, input, { transport: 'ipc' });
  });
  const unlisten = events.listen((name, payload) => {
    for (const w of windows())
      if (!w.webContents.isDestroyed()) w.webContents.send(EVENT_CHANNEL, name, payload);
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unlisten();
  };
}
