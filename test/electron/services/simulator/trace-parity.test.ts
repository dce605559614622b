// Issue 7: a conversation in the app (the host's simulator service) and the same inputs through
// `botloom chat --json` produce the same trace events (timestamps and durations aside).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Project, TraceEvent } from '../../../../engine/model';
import { parseProject } from '../../../../engine/format';
import { dispatch, type Services } from '../../../../electron/api';
import { createHostEvents } from '../../../../electron/services/host-events';
import { createSimulatorService } from '../../../../electron/services/simulator';
import { nodeEnginePorts } from '../../../../electron/services/simulator/engine-ports';

const engine = nodeEnginePorts();
afterAll(() => engine.dispose());

/** Wall-clock values differ between two runs by nature; everything else must match. */
function comparable(events: readonly TraceEvent[]) {
  return events.map((e) => {
    const copy: Record<string, unknown> = { ...e };
    delete copy.at;
    if (e.type === 'http') delete copy.ms;
    return copy;
  });
}

function load(file: string): Project {
  const parsed = parseProject(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.project;
}

const CASES = [
  {
    file: 'examples/pizza-order.json',
    says: ['Order a pizza', 'Margherita', 'Large', '2', 'Yes, place it', 'No thanks'],
  },
  {
    file: 'examples/support-triage.json',
    says: ['my parcel never arrived', 'hello?', 'I want to talk to a human'],
  },
];

describe('the simulator and botloom chat --json', () => {
  for (const { file, says } of CASES)
    it(`produce the same trace for ${file}`, async () => {
      const project = load(file);
      const service = createSimulatorService({
        ...engine,
        events: createHostEvents(),
        projectOf: () => project,
      });
      const call = async (method: string, input: unknown) => {
        const env = await dispatch(service.methods as Services, method, input, { transport: 'direct' });
        if (!env.ok) throw new Error(env.error.message);
        return env.value as { state: { id: string; status: string } };
      };
      try {
        const { state } = await call('simulator.start', { path: file, seed: 7 });
        for (const text of says) {
          const turn = await call('simulator.say', { id: state.id, text });
          if (turn.state.status === 'ended') break;
        }
        const app = ((await call('simulator.state', { id: state.id })) as unknown as { events: TraceEvent[] })
          .events;

        const args = [
          'bin/botloom.js',
          'chat',
          file,
          '--json',
          '--seed',
          '7',
          ...says.flatMap((s) => ['--say', s]),
        ];
        const out = execFileSync(process.execPath, args, {
          encoding: 'utf8',
          env: { ...process.env, CI: '1' },
        });
        const cli = out
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as TraceEvent);

        expect(app.length).toBeGreaterThan(10);
        expect(comparable(app)).toEqual(comparable(cli));
      } finally {
        service.close();
      }
    }, 30_000);
});
