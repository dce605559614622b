// Builds the typed client the renderer uses from any transport's raw invoke/subscribe functions.
import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { EventName, EventPayload } from './events';
import { HostError, type Envelope } from './host-error';

export interface RawTransport {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export interface HostClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: RawTransport): HostClient {
  return {
    async call(method, input) {
      const envelope = await transport.invoke(method, input);
      if (!envelope.ok)
        throw new HostError(envelope.error.code, envelope.error.message, envelope.error.issues);
      return envelope.value as never;
    },
    on(event, listener) {
      return transport.subscribe(event, listener as (payload: unknown) => void);
    },
  };
}
