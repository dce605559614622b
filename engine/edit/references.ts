// Every place a project names a block (block slots, settings, intents, tests) and rewriting them.
import {
  BLOCK_KINDS,
  BLOCK_TYPES,
  blockReferences,
  OFFLOADING_BLOCK_KEYS,
  type Block,
  type BlockReference,
  type Project,
} from '../model';
import { setAt } from './json-path';
import type { ProjectDraft } from './project-draft';

/** Where a reference is held, as a project path (['blocks', 'ask', 'next'], ['settings', 'startBlock']…). */
export interface ReferenceSite {
  path: (string | number)[];
  target: string;
}

/** Slots that may be cleared (any kind's optional slots); the others (button, rule and `$block` targets) are required. */
const OPTIONAL_SLOTS = new Set<string>(BLOCK_TYPES.flatMap((t) => BLOCK_KINDS[t].optionalSlots));
export const isOptionalSlot = (path: readonly (string | number)[]) =>
  path.length === 1 && OPTIONAL_SLOTS.has(String(path[0]));

/**
 * A block whose references are passed through `map`: a string re-points, `null` clears an optional slot
 * (required slots keep their target). Returns the same object when nothing changed.
 */
export function mapBlockReferences(
  block: Block,
  map: (target: string, ref: BlockReference) => string | null,
): Block {
  let result = block;
  for (const ref of blockReferences(block)) {
    const next = map(ref.target, ref);
    if (next === ref.target) continue;
    if (next === null) {
      if (isOptionalSlot(ref.path)) result = setAt(result, ref.path, undefined);
    } else result = setAt(result, ref.path, next);
  }
  return result;
}

/** Every reference held outside blocks: start, fallback, Error occurred and offloading blocks, intents, tests. */
export function projectLevelReferences(project: Project): ReferenceSite[] {
  const sites: ReferenceSite[] = [{ path: ['settings', 'startBlock'], target: project.startBlock }];
  if (project.fallbackBlock)
    sites.push({ path: ['settings', 'fallbackBlock'], target: project.fallbackBlock });
  if (project.errorBlock) sites.push({ path: ['settings', 'errorBlock'], target: project.errorBlock });
  for (const key of OFFLOADING_BLOCK_KEYS) {
    const target = project[key];
    if (target) sites.push({ path: ['settings', key], target });
  }
  for (const intent of project.intents)
    if (intent.block) sites.push({ path: ['intents', intent.id, 'block'], target: intent.block });
  project.tests.forEach((test, ti) => {
    if (test.startBlock) sites.push({ path: ['tests', ti, 'startBlock'], target: test.startBlock });
    test.steps.forEach((step, si) => {
      if ('expectBlock' in step)
        sites.push({ path: ['tests', ti, 'steps', si, 'expectBlock'], target: step.expectBlock });
    });
  });
  return sites;
}

/** Every reference in the project whose target is in `targets`. */
export function referencesTo(project: Project, targets: ReadonlySet<string>): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks)
      for (const ref of blockReferences(block))
        if (targets.has(ref.target))
          sites.push({ path: ['blocks', block.id, ...ref.path], target: ref.target });
  for (const site of projectLevelReferences(project)) if (targets.has(site.target)) sites.push(site);
  return sites;
}

export interface RetargetScope {
  /** Also rewrite tests' startBlock and expectBlock steps (a rename does; a reconnect does not). */
  tests: boolean;
}

/**
 * Rewrites references across the project through the draft: `map` returns the new target, the same
 * target to keep it, or `null` to clear it where the slot is optional.
 */
export function retargetReferences(
  draft: ProjectDraft,
  map: (target: string) => string | null,
  scope: RetargetScope,
): void {
  draft.project.flows.forEach((flow, flowIndex) =>
    flow.blocks.forEach((block, index) => {
      const next = mapBlockReferences(block, (t) => map(t));
      if (next !== block) draft.replaceBlock(block.id, next, undefined, { block, flow, flowIndex, index });
    }),
  );
  // Blocks were replaced in place, so `draft.project` now differs only in flows; settings below are unchanged.
  const project = draft.project;
  const start = map(project.startBlock);
  if (start !== null && start !== project.startBlock) draft.setSetting('startBlock', start);
  if (project.fallbackBlock) {
    const fallback = map(project.fallbackBlock);
    if (fallback !== project.fallbackBlock) draft.setSetting('fallbackBlock', fallback ?? undefined);
  }
  if (project.errorBlock) {
    const error = map(project.errorBlock);
    if (error !== project.errorBlock) draft.setSetting('errorBlock', error ?? undefined);
  }
  for (const key of OFFLOADING_BLOCK_KEYS) {
    const current = project[key];
    if (!current) continue;
    const target = map(current);
    if (target !== current) draft.setSetting(key, target ?? undefined);
  }
  project.intents.forEach((intent, i) => {
    if (!intent.block) return;
    const target = map(intent.block);
    if (target === intent.block) return;
    draft.replaceItem('intents', i, setAt(intent, ['block'], target ?? undefined));
  });
  if (!scope.tests) return;
  project.tests.forEach((test, i) => {
    let next = test;
    if (test.startBlock) {
      const t = map(test.startBlock);
      if (t !== test.startBlock) next = setAt(next, ['startBlock'], t ?? undefined);
    }
    test.steps.forEach((step, si) => {
      if (!('expectBlock' in step)) return;
      const t = map(step.expectBlock);
      if (t !== null && t !== step.expectBlock) next = setAt(next, ['steps', si, 'expectBlock'], t);
    });
    if (next !== test) draft.replaceItem('tests', i, next);
  });
}
