// Blocks no conversation can reach: not the start, fallback, Error occurred or an offloading block, no intent or test
// starts there, and no reachable block leads there (handles, buttons, `$block` values, or a block id in code).
// Event blocks are roots too: a change of their variable enters them, no edge needs to.
import { OFFLOADING_BLOCK_KEYS } from '../../model';
import { stringLiterals } from '../code-facts';
import type { ValidationRule } from '../validation-context';

export const unreachableBlocks: ValidationRule = (ctx) => {
  const { project, byId } = ctx;
  const roots = [
    project.startBlock,
    project.fallbackBlock,
    project.errorBlock,
    ...OFFLOADING_BLOCK_KEYS.map((key) => project[key]),
    ...project.intents.map((i) => i.block),
    ...project.tests.map((t) => t.startBlock),
    ...ctx.sites.flatMap((s) => (s.block.type === 'onVariableChange' ? [s.block.id] : [])),
    // A block linked to an intent is entered by that intent (while its input contexts are active).
    ...ctx.sites.flatMap((s) => (s.block.intent !== undefined ? [s.block.id] : [])),
  ];
  const reached = new Set<string>();
  const queue: string[] = [];
  const visit = (id: string | undefined) => {
    if (id !== undefined && byId.has(id) && !reached.has(id)) {
      reached.add(id);
      queue.push(id);
    }
  };
  roots.forEach(visit);
  while (queue.length > 0) {
    const site = byId.get(queue.pop()!)!;
    const block = site.block;
    for (const ref of ctx.references(site)) visit(ref.target);
    if (block.type === 'code') stringLiterals(block.code).forEach(visit);
  }
  for (const site of ctx.sites) {
    if (reached.has(site.block.id) || byId.get(site.block.id) !== site) continue;
    ctx.report(
      'unreachable-block',
      'warning',
      `block "${site.block.id}" can never be reached: nothing leads to it from the start block, the fallback block, an intent, a test or an event block. Connect it or delete it.`,
      { site },
    );
  }
};
