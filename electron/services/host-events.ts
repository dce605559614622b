// The host's event bus: services emit, transports forward to the renderer (IPC or Server-Sent Events).
import type { EventName, EventPayload } from '../api';

export type HostEventListener = (event: EventName, payload: unknown) => void;

export interface HostEvents {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listen(listener: HostEventListener): () => void;
}

export function createHostEvents(): HostEvents {
  const listeners = new Set<HostEventListener>();
  return {
    emit(event, payload) {
      for (const l of [...listeners]) l(event, payload);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
