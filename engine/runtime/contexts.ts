// Contexts in a conversation (docs/file-format.md#contexts). The active ones live in `internal.contexts`, by name
// with the user turns they have left: a block sets its output contexts when it is entered, each user message takes
// one turn off every context (a context at 0 is gone), and an intent leads to one of its blocks only when the
// block's input contexts were active when the message came in.
import type { ActiveContexts, Block, Json, Project } from '../model';
import { UNSAFE_PATH_SEGMENTS } from '../model';

/** `internal.contexts` of a new conversation: the given starting contexts (names reaching a prototype dropped). */
export function initialContexts(start: ActiveContexts | undefined): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, lifespan] of Object.entries(start ?? {}))
    if (name !== '' && !UNSAFE_PATH_SEGMENTS.has(name) && Number.isInteger(lifespan) && lifespan >= 1)
      out[name] = lifespan;
  return out;
}

/** The active contexts with their remaining user turns (a copy). */
export function activeContexts(internal: Record<string, Json>): Map<string, number> {
  const held = internal.contexts;
  const out = new Map<string, number>();
  if (held && typeof held === 'object' && !Array.isArray(held))
    for (const [name, left] of Object.entries(held))
      if (typeof left === 'number' && left >= 1) out.set(name, left);
  return out;
}

/** A user message: every context loses one turn; those with none left are dropped. */
export function ageContexts(internal: Record<string, Json>): void {
  const next: Record<string, Json> = {};
  for (const [name, left] of activeContexts(internal)) if (left > 1) next[name] = left - 1;
  internal.contexts = next;
}

/** A block is entered: its output contexts become active with their full lifespan (replacing what was left). */
export function setOutputContexts(internal: Record<string, Json>, block: Block): void {
  const output = block.contexts?.output;
  if (!output?.length) return;
  const next: Record<string, Json> = Object.fromEntries(activeContexts(internal));
  // Invalid entries (no name, a lifespan under 1) are validation errors; the runtime skips them.
  for (const { name, lifespan } of output)
    if (name !== '' && !UNSAFE_PATH_SEGMENTS.has(name) && lifespan >= 1) next[name] = lifespan;
  internal.contexts = next;
}

/** The blocks an intent leads to, in order: the intent's own `block`, then every block linked to it, in document order. */
export function intentBlocks(project: Project): Map<string, Block[]> {
  const byId = new Map<string, Block>();
  const linked = new Map<string, Block[]>();
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      if (!byId.has(block.id)) byId.set(block.id, block);
      if (block.intent !== undefined) linked.set(block.intent, [...(linked.get(block.intent) ?? []), block]);
    }
  const out = new Map<string, Block[]>();
  for (const intent of project.intents) {
    const own = intent.block !== undefined ? byId.get(intent.block) : undefined;
    const rest = (linked.get(intent.id) ?? []).filter((b) => b !== own);
    out.set(intent.id, own ? [own, ...rest] : rest);
  }
  return out;
}

/**
 * The block a recognised intent leads to, given the contexts active when the message came in. A block whose input
 * contexts are all active beats a block without input contexts; among those, the one whose active input context has
 * the most turns left wins (as Chatlayer documents), then the first in order. A block missing one of its input
 * contexts is not a candidate.
 */
export function pickIntentBlock(
  candidates: readonly Block[],
  active: ReadonlyMap<string, number>,
): Block | undefined {
  let best: Block | undefined;
  let bestRank = -1;
  for (const block of candidates) {
    const required = (block.contexts?.input ?? []).filter((name) => name !== '');
    if (!required.every((name) => active.has(name))) continue;
    const rank = required.length === 0 ? 0 : Math.max(...required.map((name) => active.get(name)!));
    if (rank > bestRank) {
      best = block;
      bestRank = rank;
    }
  }
  return best;
}
