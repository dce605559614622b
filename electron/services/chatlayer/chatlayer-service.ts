// The host's chatlayer.* methods (docs/chatlayer.md#how-botloom-works-with-chatlayer, the app's Chatlayer panel): the connection check, the export
// for Chatlayer's importer, live conformance runs, pulled tests, the NLP check and traffic, over the open project
// and its Chatlayer settings. The token comes from BOTLOOM_CHATLAYER_TOKEN or the secret store and never
// leaves in an answer, an error or an event.
import { randomUUID } from 'node:crypto';
import { connectionStatus, whereLabel, type ChatlayerFetch } from '../../../engine/chatlayer';
import { nlpCheck } from '../../../engine/chatlayer/nlp-check';
import { pullTests } from '../../../engine/chatlayer/pull';
import { keepPulledTranscripts } from '../../../engine/node';
import { DEFAULT_NLP_THRESHOLD } from '../../../engine/model';
import { HostError, type Services } from '../../api';
import type { HostEvents } from '../host-events';
import {
  hostFailure,
  listBots,
  openProjectConnection,
  requireBot,
  scrubbed,
  unknownBotSentence,
  type TokenSource,
} from './app-connection';
import { ChatlayerRuns } from './chatlayer-runs';
import { runConformanceMethod, type ConformanceDeps } from './conformance-method';
import { exportPreview, exportToFile, type ExportDocument } from './export-methods';
import { trafficMethod } from './traffic-method';

export interface ChatlayerDeps {
  /** The open project (throws `not-found` when it is not open). */
  documentOf(path: string): ExportDocument;
  events: HostEvents;
  token: TokenSource;
  local: ConformanceDeps['local'];
  /** Default: Node's fetch. */
  fetch?: ChatlayerFetch;
  /** Default: random UUIDs (Chatlayer's dialog state ids). */
  newId?: () => string;
  now?: () => Date;
  /** Longest wait for the status check (default 30 s). */
  statusTimeoutMs?: number;
}

export type ChatlayerMethods = Pick<Services, Extract<keyof Services, `chatlayer.${string}`>>;

export interface ChatlayerService {
  methods: ChatlayerMethods;
  close(): void;
}

export function createChatlayerService(deps: ChatlayerDeps): ChatlayerService {
  const runs = new ChatlayerRuns(deps.events);
  const fetchImpl: ChatlayerFetch = deps.fetch ?? ((url, init) => fetch(url, init));
  const newId = deps.newId ?? randomUUID;
  const projectOf = (path: string) => deps.documentOf(path).project;
  const cancelled = (what: string) => new HostError('cancelled', `The ${what} was cancelled.`);

  const methods: ChatlayerMethods = {
    'chatlayer.status': async ({ path }) => {
      const project = projectOf(path);
      const open = openProjectConnection(project, deps.token, { fetch: fetchImpl });
      const timeoutMs = deps.statusTimeoutMs ?? 30_000;
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        const bots = await listBots(open, timeout);
        const status = connectionStatus(open, bots);
        return scrubbed(
          {
            ...status,
            webhookUrl: project.chatlayer?.webhookUrl ?? null,
            problem:
              status.bot && !status.bot.found
                ? unknownBotSentence(status.bot.id, bots.length, status.label)
                : null,
          },
          open.scrub,
        );
      } catch (e) {
        if (timeout.aborted)
          throw new HostError(
            'chatlayer-network',
            `${open.client.baseUrl} did not answer GET /v1/bots within ${timeoutMs / 1000} s: check the region or base URL, and the network.`,
          );
        throw hostFailure(e, open.scrub);
      }
    },
    'chatlayer.exportPreview': ({ path }) => exportPreview(deps.documentOf(path), newId),
    'chatlayer.export': ({ path, target, overwrite }) =>
      exportToFile(deps.documentOf(path), target, {
        newId,
        now: deps.now ?? (() => new Date()),
        overwrite: overwrite ?? false,
      }),
    'chatlayer.runConformance': (input) => {
      const project = projectOf(input.path);
      return runs.run(input.runId, 'Conformance against Chatlayer', (run) =>
        runConformanceMethod(project, input, run, { token: deps.token, fetch: fetchImpl, local: deps.local }),
      );
    },
    'chatlayer.pullTests': ({ path, runId, since, limit }) => {
      const project = projectOf(path);
      return runs.run(runId, 'Pulling tests from Chatlayer', async (run) => {
        const open = openProjectConnection(project, deps.token, { need: { bot: true }, fetch: fetchImpl });
        try {
          await requireBot(open, run.signal);
          const result = await pullTests(open.client, project, {
            ...(since ? { since: new Date(since).toISOString() } : {}),
            ...(limit ? { limit } : {}),
            signal: run.signal,
            onProgress: (p) => run.progress(p.read, limit ?? null),
          });
          if (run.signal.aborted) throw cancelled('pull');
          // Every conversation read, beside the project, for offline traffic (docs/chatlayer.md#traffic).
          if (result.transcripts.length) keepPulledTranscripts(path, result.transcripts);
          const { added, read, duplicates, unusable, redacted } = result;
          return scrubbed(
            { where: whereLabel(open), tests: added, read, duplicates, unusable, redacted },
            open.scrub,
          );
        } catch (e) {
          throw run.signal.aborted ? cancelled('pull') : hostFailure(e, open.scrub);
        }
      });
    },
    'chatlayer.nlpCheck': ({ path, runId }) => {
      const project = projectOf(path);
      const threshold = project.nlp?.threshold ?? DEFAULT_NLP_THRESHOLD;
      if (project.intents.length === 0) return { where: '', checked: 0, threshold, rows: [] };
      return runs.run(runId, 'Checking intent examples on Chatlayer', async (run) => {
        const open = openProjectConnection(project, deps.token, { need: { bot: true }, fetch: fetchImpl });
        try {
          await requireBot(open, run.signal);
          const result = await nlpCheck(
            project,
            async (expression, language, signal) =>
              (await open.client.nlpExtract(expression, language, signal)).intents,
            { signal: run.signal, onProgress: (p) => run.progress(p.done, p.total) },
          );
          return scrubbed({ where: whereLabel(open), ...result }, open.scrub);
        } catch (e) {
          throw run.signal.aborted ? cancelled('NLP check') : hostFailure(e, open.scrub);
        }
      });
    },
    'chatlayer.traffic': (input) => {
      const project = projectOf(input.path);
      const label = input.source === 'pulled' ? 'Counting pulled conversations' : 'Fetching traffic';
      return runs.run(input.runId, label, (run) =>
        trafficMethod(project, input, run, {
          token: deps.token,
          fetch: fetchImpl,
          local: deps.local,
          now: () => (deps.now ?? (() => new Date()))().getTime(),
        }),
      );
    },
    'chatlayer.cancel': ({ runId }) => ({ cancelled: runs.cancel(runId) }),
  };
  return { methods, close: () => runs.close() };
}
