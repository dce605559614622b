// The conversations `pull-tests` read, kept beside the project for offline traffic
// (docs/chatlayer.md#traffic-cache): `<project name>.traffic-cache/pulled-conversations.json`, each as
// its user turns with sensitive values already replaced, merged by conversation id with earlier pulls.
// Never in the project file. A damaged file is an error that says so (it is not overwritten).
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PulledTranscript } from '../chatlayer/pull/pull-tests';
import { TestStep } from '../model';
import { readProjectText } from './bounded-read';
import { trafficCacheFolder } from './traffic-cache';

export const PULLED_FORMAT = 'botloom-pulled-conversations/1';
const MAX_BYTES = 128 * 1024 * 1024;

const PulledFile = z.strictObject({
  format: z.literal(PULLED_FORMAT),
  conversations: z.array(
    z.strictObject({
      conversationId: z.string().min(1).max(500),
      startedAt: z.string().nullable(),
      turns: z.array(TestStep),
    }),
  ),
});

export const pulledTranscriptsFile = (projectFile: string) =>
  path.join(trafficCacheFolder(projectFile), 'pulled-conversations.json');

/** The kept transcripts (none when there is no file); a damaged file throws, naming it. */
export function readPulledTranscripts(projectFile: string): PulledTranscript[] {
  const file = pulledTranscriptsFile(projectFile);
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readProjectText(file, { maxBytes: MAX_BYTES }));
  } catch (e) {
    throw new Error(`${file} cannot be read (${(e as Error).message}): move it away and pull again.`, {
      cause: e,
    });
  }
  const parsed = PulledFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${file} is not a file of pulled conversations (${issue.path.join('.') || 'the file'}: ${issue.message}): move it away and pull again.`,
    );
  }
  return parsed.data.conversations;
}

/** Adds `transcripts` to the kept ones (a conversation pulled again replaces its earlier transcript). */
export function keepPulledTranscripts(projectFile: string, transcripts: readonly PulledTranscript[]): string {
  const file = pulledTranscriptsFile(projectFile);
  const byId = new Map(readPulledTranscripts(projectFile).map((t) => [t.conversationId, t]));
  for (const t of transcripts) byId.set(t.conversationId, t);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ format: PULLED_FORMAT, conversations: [...byId.values()] }));
  renameSync(temp, file);
  return file;
}
