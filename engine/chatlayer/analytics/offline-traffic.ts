// Offline traffic (docs/chatlayer.md#traffic): the same model from pulled conversations. `pull-tests`
// keeps every conversation it reads as a transcript of user turns beside the project (engine/node's
// pulled-transcripts.ts); without those, the project's pulled tests (`pulled <id> (<day>)`) stand in,
// one per distinct transcript. Each transcript's turns are replayed on the project as it is now (mocked
// HTTP, fixed clock, as `botloom test` runs mocked tests) and the blocks it enters make its path: a
// start, its moves, an end. A turn that no longer fits (a button gone) ends the path there.
import { createMockHttp, instantSleep } from '../../http';
import { indexBlocks, type Project, type TestStep, type TrafficQuery, type TrafficReport } from '../../model';
import { fixedClock } from '../../runtime';
import { runConversationTest } from '../../testing';
import type { LocalPorts } from '../conformance/live-run';
import type { PulledTranscript } from '../pull/pull-tests';
import { countPath, emptyCounts, trafficReport } from './traffic-model';

export type ReplayPorts = Pick<LocalPorts, 'codeRunner' | 'intents' | 'secrets'>;

const PULLED = /^pulled (.+?) \((\d{4}-\d{2}-\d{2})\)(?: #\d+)?$/;

/** The project's pulled tests as transcripts (started at midnight of the day in their name). */
export function transcriptsOfPulledTests(project: Project): PulledTranscript[] {
  return project.tests.flatMap((test) => {
    const m = PULLED.exec(test.name);
    if (!m) return [];
    const turns = test.steps.filter((s) => 'user' in s || 'click' in s);
    return [{ conversationId: m[1]!, startedAt: `${m[2]}T00:00:00.000Z`, turns }];
  });
}

/** The transcripts that started in [since, until), and how many have no start time. */
export function transcriptsInRange(
  transcripts: readonly PulledTranscript[],
  query: Pick<TrafficQuery, 'since' | 'until'>,
): { inRange: PulledTranscript[]; undated: number } {
  const since = Date.parse(query.since);
  const until = Date.parse(query.until);
  let undated = 0;
  const inRange = transcripts.filter((t) => {
    const at = t.startedAt === null ? NaN : Date.parse(t.startedAt);
    if (Number.isNaN(at)) undated++;
    return at >= since && at < until;
  });
  return { inRange, undated };
}

/** The blocks a conversation enters, in order, replaying its user turns. */
export async function replayPath(
  project: Project,
  turns: readonly TestStep[],
  ports: ReplayPorts,
  signal?: AbortSignal,
): Promise<string[]> {
  const path: string[] = [];
  await runConversationTest(project, { name: 'traffic replay', steps: [...turns] }, 0, {
    http: createMockHttp(project.mocks, { sleep: instantSleep }),
    clock: fixedClock(),
    seed: 1,
    now: () => Date.now(),
    codeRunner: ports.codeRunner,
    ...(ports.intents ? { intents: ports.intents } : {}),
    ...(ports.secrets ? { secrets: ports.secrets } : {}),
    ...(signal ? { signal } : {}),
    onEvents: (events) => {
      for (const e of events) if (e.type === 'enter') path.push(e.blockId);
    },
  });
  return path;
}

/** Traffic from paths of blocks (one per conversation), by Botloom block id. */
export function trafficFromPaths(
  project: Project,
  paths: Iterable<readonly string[]>,
  frame: { query: TrafficQuery; where: string; read: number; fetchedAt: number },
): TrafficReport {
  const known = new Set(indexBlocks(project).keys());
  const counts = emptyCounts();
  for (const path of paths) countPath(counts, path, known);
  return trafficReport(project, counts, { ...frame, source: 'pulled', notExported: 0 });
}

export interface OfflineTrafficOptions {
  signal?: AbortSignal;
  onProgress?(p: { done: number; total: number }): void;
  now?: () => number;
}

/**
 * Traffic from pulled conversations in the query's range; `transcripts` empty: from the project's pulled
 * tests. Channel and language are not known offline: the report says so and counts every conversation.
 */
export async function offlineTraffic(
  project: Project,
  transcripts: readonly PulledTranscript[],
  query: TrafficQuery,
  ports: ReplayPorts,
  options: OfflineTrafficOptions = {},
): Promise<TrafficReport> {
  const kept = transcripts.length > 0;
  const { inRange, undated } = transcriptsInRange(
    kept ? transcripts : transcriptsOfPulledTests(project),
    query,
  );
  const paths: string[][] = [];
  for (const t of inRange) {
    options.signal?.throwIfAborted();
    paths.push(await replayPath(project, t.turns, ports, options.signal));
    options.onProgress?.({ done: paths.length, total: inRange.length });
  }
  options.signal?.throwIfAborted();
  const n = inRange.length;
  const what = kept ? 'pulled conversation' : 'pulled test';
  const notes = [
    ...(undated ? [`${undated} without a start time left out`] : []),
    ...(query.channel || query.language ? ['channel and language are not known offline: not filtered'] : []),
  ];
  return trafficFromPaths(project, paths, {
    query,
    where: `${n} ${what}${n === 1 ? '' : 's'}, replayed offline${notes.length ? ` (${notes.join('; ')})` : ''}`,
    read: n,
    fetchedAt: (options.now ?? Date.now)(),
  });
}
