// Emits trace events (docs/file-format.md#trace-events): numbers them, stamps them with the conversation clock, keeps them
// and tells the listeners (a listener that throws is ignored, so the debugger cannot break a run).
import type { TraceEvent } from '../model';
import type { Clock } from './clock';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before the tracer numbers and stamps it. */
export type TraceEventDraft = DistributiveOmit<TraceEvent, 'seq' | 'at'>;
export type TraceListener = (event: TraceEvent) => void;

export class Tracer {
  readonly events: TraceEvent[] = [];
  private readonly listeners = new Set<TraceListener>();

  /** `redact` rewrites an event before anyone sees it (the runtime scrubs revealed secrets with it). */
  constructor(
    private readonly clock: Clock,
    private readonly redact: (event: TraceEvent) => TraceEvent = (e) => e,
  ) {}

  emit(draft: TraceEventDraft): TraceEvent {
    const event = this.redact({ ...draft, seq: this.events.length, at: this.clock.now() } as TraceEvent);
    this.events.push(event);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener's failure is the listener's problem; the conversation goes on.
      }
    }
    return event;
  }

  listen(listener: TraceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
