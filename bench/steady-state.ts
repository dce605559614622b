// Runtime steady state (bench/RESULTS.md, "Runtime steady state"): the mixed project's 200 conversations, one
// untimed pass then five timed passes, with any engine tree, so two commits run the same saved project.
// Run: npx tsx bench/steady-state.ts <repo root whose engine/ to use> <project.json>
// Prints the five pass times and the medians of wall-clock and CPU time (ms; CPU time is this process's user +
// system time, which waiting for a busy machine's cores does not count): start plus every turn; creating a conversation (which indexes
// the project) is outside the timing, as in bench/runtime.bench.ts. Export another commit's engine with
// `git archive <commit> engine | tar -x -C DIR` and link DIR/node_modules to this checkout's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Turn {
  events: {
    type: string;
    message?: { kind: string; buttons?: { title: string }[]; replies?: { title: string }[] };
  }[];
}
interface Conv {
  start(): Promise<Turn>;
  say(text: string): Promise<Turn>;
  click(title: string): Promise<Turn>;
  ended: boolean;
  waitingAt: string | null;
}
type Block = { id: string; type: string; validate?: { kind: string; choices?: string[] } };

const [root, file] = process.argv.slice(2);
if (!root || !file) throw new Error('usage: tsx bench/steady-state.ts <root> <project.json>');
const load = async (rel: string) => import(pathToFileURL(path.resolve(root, rel)).href);
const model = await load('engine/model/index.ts');
const runtime = await load('engine/runtime/index.ts');
const project = model.Project.parse(JSON.parse(readFileSync(file, 'utf8')));
const blocks: Block[] = project.flows.flatMap((f: { blocks: Block[] }) => f.blocks);
const byId = new Map(blocks.map((b) => [b.id, b]));
const ports = {
  http: {
    request: async () => ({ status: 200, headers: {}, bodyText: '{"ok":true}', ms: 0, mocked: true }),
  },
  codeRunner: {
    run: async () => ({ ok: true, response: { session: { namespace: 'calc', data: 1 } }, logs: [], ms: 0 }),
    dispose: async () => {},
  },
};

function answerFor(block: Block | undefined): string | undefined {
  if (block?.type !== 'input') return 'hello';
  const kind = block.validate?.kind ?? 'any';
  const answers: Record<string, string | undefined> = {
    any: 'hello',
    number: '42',
    email: 'ann@example.com',
    phone: '+32 470 12 34 56',
    date: '2026-11-24',
    choice: block.validate?.choices?.[0],
    entity: 'tomorrow',
    url: 'www.example.com',
    time: 'at 3pm',
    location: 'Brussels',
    language: 'Dutch',
  };
  return answers[kind];
}

/** One pass over the 200 conversations; the wall-clock and CPU time of start plus every turn, in ms. */
async function pass(): Promise<{ wall: number; cpu: number }> {
  let busy = 0;
  let cpu = 0;
  const timed = async (run: () => Promise<Turn>) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const turn = await run();
    busy += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1000;
    return { turn, entered: turn.events.filter((e) => e.type === 'enter').length };
  };
  for (let run = 0; run < 200; run++) {
    const c: Conv = runtime.createConversation(project, {
      ...ports,
      clock: runtime.fixedClock(),
      seed: 1,
      session: {},
      startBlock: blocks[(run * 7919) % blocks.length]!.id,
    });
    let latest = await timed(() => c.start());
    for (let t = 0; t < 25 && !c.ended && latest.entered > 0; t++) {
      const offer = [...latest.turn.events]
        .reverse()
        .find(
          (e) =>
            e.type === 'message' && (e.message?.kind === 'buttons' || e.message?.kind === 'quickReplies'),
        );
      const title = offer?.message?.buttons?.[0]?.title ?? offer?.message?.replies?.[0]?.title;
      const text = title === undefined ? answerFor(byId.get(c.waitingAt ?? '')) : undefined;
      if (title === undefined && text === undefined) break;
      latest = await timed(() => (title !== undefined ? c.click(title) : c.say(text!)));
    }
  }
  return { wall: busy, cpu };
}

await pass();
const passes: { wall: number; cpu: number }[] = [];
for (let i = 0; i < 5; i++) passes.push(await pass());
const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[2]! * 10) / 10;
console.log(
  JSON.stringify({
    root,
    wall: passes.map((p) => Math.round(p.wall)),
    medianWall: median(passes.map((p) => p.wall)),
    medianCpu: median(passes.map((p) => p.cpu)),
  }),
);
