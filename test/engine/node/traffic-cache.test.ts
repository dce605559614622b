// The traffic cache and the kept pulled conversations live beside the project, never in it: a report
// comes back only for the same bot, version, range, channel and language; damaged files are handled.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  keepPulledTranscripts,
  pulledTranscriptsFile,
  readPulledTranscripts,
  readTrafficCache,
  trafficCacheFile,
  trafficCacheFolder,
  writeTrafficCache,
} from '../../../engine/node';
import type { TrafficReport } from '../../../engine/model';

let dir: string;
let project: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-traffic-cache-'));
  project = path.join(dir, 'bot.json');
  writeFileSync(project, '{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key = {
  botId: '1001',
  version: 'DRAFT' as const,
  since: '2024-03-01T00:00:00.000Z',
  until: '2024-04-01T00:00:00.000Z',
  channel: null,
  language: 'en',
};
const report: TrafficReport = {
  source: 'live',
  where: 'bot 1001 (DRAFT) at fake',
  query: { since: key.since, until: key.until, channel: null, language: 'en' },
  blocks: [{ blockId: 'a', in: 2, out: 1, stopped: 1, dropShare: 0.5 }],
  edges: [{ from: 'a', to: 'b', count: 1 }],
  worst: [{ blockId: 'a', in: 2, out: 1, stopped: 1, dropShare: 0.5 }],
  max: 2,
  unknownSteps: [],
  notExported: 0,
  read: 4,
  fetchedAt: 1,
  cached: false,
};

describe('traffic cache', () => {
  it('keeps a report in a folder beside the project and gives it back for the same key only', () => {
    const file = writeTrafficCache(project, key, report);
    expect(path.dirname(file)).toBe(path.join(dir, 'bot.traffic-cache'));
    expect(trafficCacheFolder(path.join(dir, 'x.botloom'))).toBe(path.join(dir, 'x.traffic-cache'));
    expect(readFileSync(project, 'utf8')).toBe('{}');
    expect(readTrafficCache(project, key)).toEqual({ ...report, cached: true });
    for (const other of [
      { ...key, botId: '1002' },
      { ...key, version: 'LIVE' as const },
      { ...key, until: '2024-03-15T00:00:00.000Z' },
      { ...key, channel: 'WEBHOOK' },
      { ...key, language: null },
    ])
      expect(readTrafficCache(project, other)).toBeNull();
  });

  it('ignores a damaged or foreign cache file', () => {
    writeTrafficCache(project, key, report);
    const file = trafficCacheFile(project, key);
    writeFileSync(file, '{"key": "[]", "report": {}}');
    expect(readTrafficCache(project, key)).toBeNull();
    writeFileSync(file, 'not json');
    expect(readTrafficCache(project, key)).toBeNull();
  });
});

describe('kept pulled conversations', () => {
  it('merges pulls by conversation id', () => {
    keepPulledTranscripts(project, [
      { conversationId: 'c1', startedAt: null, turns: [{ user: 'hi' }] },
      { conversationId: 'c2', startedAt: '2024-03-01T00:00:00.000Z', turns: [] },
    ]);
    keepPulledTranscripts(project, [{ conversationId: 'c1', startedAt: null, turns: [{ click: 'Order' }] }]);
    expect(readPulledTranscripts(project)).toEqual([
      { conversationId: 'c1', startedAt: null, turns: [{ click: 'Order' }] },
      { conversationId: 'c2', startedAt: '2024-03-01T00:00:00.000Z', turns: [] },
    ]);
  });

  it('says which file is damaged instead of overwriting it', () => {
    keepPulledTranscripts(project, []);
    writeFileSync(pulledTranscriptsFile(project), '{"format": "other"}');
    expect(() => readPulledTranscripts(project)).toThrow(
      /pulled-conversations\.json is not a file of pulled conversations/,
    );
    expect(() => keepPulledTranscripts(project, [])).toThrow(/move it away/);
  });
});
