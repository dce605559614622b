// Test helpers for the host's Chatlayer side and the panel's e2e: the example bots, a fake Chatlayer that
// runs a project behind its webhook channel (delivering to a free local port), and conversations recorded
// with the engine, as Chatlayer lists them, to seed the fake for pulled tests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseProject } from '../../../../engine/format';
import type { Project } from '../../../../engine/model';
import { trainIntentClassifier } from '../../../../engine/nlp';
import { fixedClock } from '../../../../engine/runtime';
import {
  startFakeChatlayer,
  type FakeChatlayer,
  type FakeChatlayerOptions,
} from '../../../fixtures/fake-chatlayer';
export { recorded, type Turn } from '../../../fixtures/fake-chatlayer';

/** A distinctive token: its halves are long enough to be searched for on their own. */
export const TOKEN = 'tokid-9Vb3Xc7q:s3cr3t-Lm5QwR2tZ8pA';
export const VERIFY_TOKEN = 'verify-Jd6Tn4Yk8';

export function example(name: string): Project {
  // import.meta.url rather than __dirname: the Playwright spec loads this module as ES.
  const file = fileURLToPath(new URL(`../../../../examples/${name}`, import.meta.url));
  const parsed = parseProject(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`examples/${name} does not load`);
  return parsed.project;
}

/** A port that was free a moment ago (for the webhook receiver, known before the fake starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A fake Chatlayer running `project` behind its webhook channel, delivering to `port`. */
export async function liveBot(
  project: Project,
  port: number,
  extra: Partial<FakeChatlayerOptions> = {},
): Promise<FakeChatlayer> {
  return startFakeChatlayer({
    token: TOKEN,
    project,
    webhookUrl: `http://127.0.0.1:${port}/chatlayer/webhook`,
    verifyToken: VERIFY_TOKEN,
    // The live bot understands intents as the local simulation does, and runs at the tests' date.
    classifier: project.intents.length
      ? await trainIntentClassifier(project.intents, project.language)
      : null,
    clock: fixedClock(),
    ...extra,
  });
}
