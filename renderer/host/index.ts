// The renderer's only door to the host: picks Electron IPC (window.botloom from the preload) or the local
// web host (HTTP + Server-Sent Events), and returns the same typed client either way.
import { createClient, type HostClient, type RawTransport } from '../../electron/api/create-client';
import type { Envelope } from '../../electron/api/host-error';

declare global {
  interface Window {
    botloom?: RawTransport & { shell: 'electron' };
  }
}

const TOKEN_KEY = 'botloom.token';

/** Reads the token from `?token=` once, keeps it for this tab, and removes it from the address bar. */
function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): RawTransport {
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const ensureSource = (event: string) => {
    if (!source) source = new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}`);
    if (!listeners.has(event)) {
      listeners.set(event, new Set());
      source.addEventListener(event, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as unknown;
        for (const l of listeners.get(event) ?? []) l(payload);
      });
    }
  };
  return {
    async invoke(method, input) {
      try {
        const res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Envelope<unknown>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message: `The Botloom host is not reachable: ${(error as Error).message}`,
          },
        };
      }
    },
    subscribe(event, listener) {
      ensureSource(event);
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)?.delete(listener);
    },
  };
}

export const hostShell: 'electron' | 'web' = window.botloom ? 'electron' : 'web';
export const host: HostClient = createClient(window.botloom ?? httpTransport(takeToken()));
export { HostError } from '../../electron/api/host-error';
export type * from '../../electron/api/contract';
export type * from '../../electron/api/simulator';
export type * from '../../electron/api/chatlayer';
export type * from '../../electron/api/secrets';
export type { HostClient } from '../../electron/api/create-client';
export type { EventPayload } from '../../electron/api/events';
