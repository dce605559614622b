// The preload: exposes only window.botloom = { invoke, subscribe }, allow-listed against the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../api/names';

const INVOKE_CHANNEL = 'botloom:invoke';
const EVENT_CHANNEL = 'botloom:event';
const methods = new Set<string>(METHOD_NAME_LIST);
const eventNames = new Set<string>(EVENT_NAME_LIST);

contextBridge.exposeInMainWorld('botloom', {
  shell: 'electron',
  invoke(method: string, input: unknown) {
    if (typeof method !== 'string' || !methods.has(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'not-found', message: `There is no host method named '${String(method)}'.` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, { method, input });
  },
  subscribe(event: string, listener: (payload: unknown) => void) {
    if (!eventNames.has(event) || typeof listener !== 'function') return () => {};
    const handler = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});
