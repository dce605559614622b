// `chatlayer.traffic` (docs/chatlayer.md#traffic): the canvas overlay's counts, live from the Analytics
// API (cached beside the project) or offline from the project's pulled conversations (`auto`: offline when
// the project has no usable connection: no bot id or no token); progress as
// `app.progress` at most every 100 ms, Cancel through `chatlayer.cancel`.
import type { ChatlayerFetch, OpenChatlayer } from '../../../engine/chatlayer';
import { offlineTraffic } from '../../../engine/chatlayer/analytics';
import type { LocalPorts } from '../../../engine/chatlayer/conformance';
import { liveTraffic, readPulledTranscripts } from '../../../engine/node';
import type { Project, TrafficQuery, TrafficReport } from '../../../engine/model';
import { HostError, type MethodParsedInput } from '../../api';
import { hostFailure, openProjectConnection, requireBot, scrubbed, type TokenSource } from './app-connection';
import type { ChatlayerRun } from './chatlayer-runs';

export type TrafficInput = MethodParsedInput<'chatlayer.traffic'>;

export interface TrafficDeps {
  token: TokenSource;
  fetch: ChatlayerFetch;
  local(project: Project): Promise<LocalPorts>;
  now: () => number;
}

/** Progress at most every `everyMs`, and always the last. */
function throttled(run: ChatlayerRun, now: () => number, everyMs = 100) {
  let last = -Infinity;
  return (p: { done: number; total: number }) => {
    const t = now();
    if (t - last < everyMs && p.done < p.total) return;
    last = t;
    run.progress(p.done, p.total);
  };
}

export async function trafficMethod(
  project: Project,
  input: TrafficInput,
  run: ChatlayerRun,
  deps: TrafficDeps,
): Promise<TrafficReport> {
  const query: TrafficQuery = {
    since: new Date(input.since).toISOString(),
    until: new Date(input.until ?? deps.now()).toISOString(),
    channel: input.channel ?? null,
    language: input.language ?? null,
  };
  const onProgress = throttled(run, deps.now);
  // `auto`: live when the project has a usable connection (a bot id and a token), else offline.
  let open: OpenChatlayer | null = null;
  if (input.source !== 'pulled')
    try {
      open = openProjectConnection(project, deps.token, { need: { bot: true }, fetch: deps.fetch });
    } catch (e) {
      const offline = e instanceof HostError && e.code === 'chatlayer-not-configured';
      if (input.source === 'live' || !offline) throw e;
    }
  if (!open) {
    const ports = await deps.local(project);
    try {
      const transcripts = readPulledTranscripts(input.path);
      return await offlineTraffic(project, transcripts, query, ports, {
        signal: run.signal,
        onProgress,
        now: deps.now,
      });
    } catch (e) {
      if (run.signal.aborted) throw new HostError('cancelled', 'The traffic count was cancelled.');
      throw hostFailure(e, (t) => t);
    }
  }
  try {
    await requireBot(open, run.signal);
    const report = await liveTraffic({
      projectFile: input.path,
      project,
      open,
      fetch: deps.fetch,
      query,
      ...(input.refresh ? { refresh: true } : {}),
      signal: run.signal,
      onProgress,
    });
    return scrubbed(report, open.scrub);
  } catch (e) {
    if (run.signal.aborted) throw new HostError('cancelled', 'The traffic fetch was cancelled.');
    throw hostFailure(e, open.scrub);
  }
}
