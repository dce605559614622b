// The canvas's traffic overlay state and its link to a traffic source (docs/chatlayer.md#traffic): the
// app's host (`chatlayer.traffic`, progress as `app.progress`, `chatlayer.cancel`), or a fixed report (the
// canvas benchmark). The overlay data is computed once per report (traffic-overlay.ts).
import { createStore, type StoreApi } from 'zustand';
import type { TrafficReport } from '../../../engine/model';
import type { HostClient } from '../../host';
import type { EditorStore } from '../../state/project-store';
import { trafficOverlay, type TrafficOverlay } from './traffic-overlay';

export interface TrafficRequest {
  /** yyyy-mm-dd or an ISO time. */
  since: string;
  until?: string;
  channel?: string;
  language?: string;
  source: 'auto' | 'live' | 'pulled';
  refresh?: boolean;
}

export interface TrafficSource {
  fetch(
    request: TrafficRequest,
    onProgress: (done: number, total: number | null) => void,
  ): Promise<TrafficReport>;
  cancel(): void;
}

export interface TrafficState {
  /** The overlay is painted. */
  on: boolean;
  overlay: TrafficOverlay | null;
  busy: boolean;
  progress: { done: number; total: number | null } | null;
  error: string | null;
  inputs: TrafficRequest;
}

export interface TrafficController {
  store: StoreApi<TrafficState>;
  toggle(): void;
  setInputs(inputs: Partial<TrafficRequest>): void;
  fetch(): Promise<void>;
  cancel(): void;
  dispose(): void;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export function createTrafficController(source: TrafficSource, initial?: TrafficReport): TrafficController {
  const store = createStore<TrafficState>(() => ({
    on: false,
    overlay: initial ? trafficOverlay(initial) : null,
    busy: false,
    progress: null,
    error: null,
    inputs: { since: daysAgo(30), source: 'auto' },
  }));
  let generation = 0;
  return {
    store,
    toggle: () => store.setState((s) => ({ on: !s.on })),
    setInputs: (inputs) => store.setState((s) => ({ inputs: { ...s.inputs, ...inputs } })),
    async fetch() {
      const mine = ++generation;
      store.setState({ busy: true, error: null, progress: { done: 0, total: null } });
      try {
        const report = await source.fetch(store.getState().inputs, (done, total) => {
          if (mine === generation) store.setState({ progress: { done, total } });
        });
        if (mine === generation) store.setState({ overlay: trafficOverlay(report), on: true });
      } catch (e) {
        if (mine === generation) store.setState({ error: e instanceof Error ? e.message : String(e) });
      } finally {
        if (mine === generation) store.setState({ busy: false, progress: null });
      }
    },
    cancel: () => source.cancel(),
    dispose: () => source.cancel(),
  };
}

let runCounter = 0;

/** The app's source: the host's `chatlayer.traffic` for the open project. */
export function hostTrafficSource(host: HostClient, path: string, projectStore: EditorStore): TrafficSource {
  let runId: string | null = null;
  return {
    async fetch(request, onProgress) {
      const id = `traffic-${Date.now()}-${++runCounter}`;
      runId = id;
      const off = host.on('app.progress', (p) => {
        if (p.id === id && !p.finished) onProgress(p.done, p.total);
      });
      try {
        // Edits (new export ids) still on their way to the host would be missing otherwise.
        await projectStore.whenSynced();
        return await host.call('chatlayer.traffic', {
          path,
          runId: id,
          since: request.since,
          source: request.source,
          ...(request.until ? { until: request.until } : {}),
          ...(request.channel ? { channel: request.channel } : {}),
          ...(request.language ? { language: request.language } : {}),
          ...(request.refresh ? { refresh: true } : {}),
        });
      } finally {
        off();
        if (runId === id) runId = null;
      }
    },
    cancel() {
      if (runId) void host.call('chatlayer.cancel', { runId }).catch(() => undefined);
    },
  };
}
