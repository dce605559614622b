// The crash test's child: opens a project file and applies random edit commands in a loop, printing
// `ack <revision> <label>` after each commit returns, until the parent kills it.
import { writeSync } from 'node:fs';
import { openProject } from '../../electron/services/project-store';
import type { Command } from '../../engine/edit';

const [file, seedText] = process.argv.slice(2);
let seed = Number(seedText) >>> 0 || 1;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

const opened = openProject(file!, { autoCheckpointMs: 0, heartbeatMs: 0 });
if (!opened.ok) {
  writeSync(2, `open failed: ${opened.error.code} ${opened.error.message}\n`);
  process.exit(3);
}
const store = opened.value;
writeSync(1, `ready ${store.revision}\n`);

function randomCommand(n: number): Command {
  const blocks = store.project.flows.flatMap((f) => f.blocks);
  const pick = () => blocks[Math.floor(random() * blocks.length)]!;
  const r = random();
  if (r < 0.5) return { type: 'updateBlock', id: pick().id, patch: { name: `edit ${seedText}-${n}` } };
  if (r < 0.7)
    return {
      type: 'moveBlocks',
      moves: [{ id: pick().id, position: { x: Math.round(random() * 5000), y: n } }],
    };
  if (r < 0.9 || blocks.length < 50) {
    const flow = store.project.flows[Math.floor(random() * store.project.flows.length)]!;
    return {
      type: 'addBlock',
      flow: flow.id,
      index: Math.floor(random() * (flow.blocks.length + 1)),
      block: {
        id: `c${seedText}_${n}`,
        type: 'message',
        messages: [{ kind: 'text', text: `added in run ${seedText}` }],
      },
    };
  }
  const victim = blocks.find((b) => b.id.startsWith('c'));
  return victim
    ? { type: 'deleteBlocks', ids: [victim.id] }
    : { type: 'updateBlock', id: pick().id, patch: { notes: `n${n}` } };
}

for (let n = 0; ; n++) {
  const commands = random() < 0.2 ? [randomCommand(n), randomCommand(n + 0.5)] : [randomCommand(n)];
  const label = `run ${seedText} #${n}`;
  const result = store.applyCommands(commands, { label });
  if (result.ok) writeSync(1, `ack ${result.value.revision} ${label}\n`);
}
