// What changed inside one block between two versions, field by field: a field's content ("messages
// changed") or where a reference points ("next: ask → thanks"). The history's diff says this next to the
// block's name (renderer/panels/change-text.ts puts it in words). Pure: no project, only the two blocks.
import { z } from 'zod';
import { blockReferences, type Block, type BlockReference } from '../model';
import { deepEqual } from './deep-equal';

export const BlockFieldChange = z.discriminatedUnion('kind', [
  /** A field's content changed (references inside it aside): `messages`, `code`, `name`, `position`, … */
  z.object({ kind: z.literal('field'), field: z.string() }),
  /** A reference now points elsewhere, was added (`from` null) or removed (`to` null). */
  z.object({
    kind: z.literal('target'),
    /** The reference's slot: `next`, `else`, `onError`, …, `button` or `rule`. */
    slot: z.string(),
    /** The button's title or the rule's number (1-based), when the slot has several. */
    label: z.string().optional(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
]);
export type BlockFieldChange = z.infer<typeof BlockFieldChange>;

/** One block of a diff: its id, its name (when it has one) and, when changed, what changed in it. */
export const BlockChangeDetail = z.object({
  id: z.string(),
  name: z.string().optional(),
  changes: z.array(BlockFieldChange).optional(),
});
export type BlockChangeDetail = z.infer<typeof BlockChangeDetail>;

const pathKey = (path: (string | number)[]) => path.join('.');

/** A copy of the block without its reference targets, so that a re-pointed rule is not also "rules changed". */
function withoutTargets(block: Block, refs: BlockReference[]): Record<string, unknown> {
  const copy = structuredClone(block) as unknown as Record<string, unknown>;
  for (const ref of refs) {
    let at: unknown = copy;
    for (const step of ref.path.slice(0, -1)) at = (at as Record<string | number, unknown>)[step];
    if (at && typeof at === 'object') delete (at as Record<string | number, unknown>)[ref.path.at(-1)!];
  }
  return copy;
}

function labelOf(ref: BlockReference): string | undefined {
  if (ref.kind === 'button') return ref.label;
  if (ref.kind === 'rule' && typeof ref.path[1] === 'number') return String(ref.path[1] + 1);
  return undefined;
}

/** What changed from `before` to `after` (the same block, perhaps under another id), fields first. */
export function blockFieldChanges(before: Block, after: Block): BlockFieldChange[] {
  const out: BlockFieldChange[] = [];
  const beforeRefs = blockReferences(before);
  const afterRefs = blockReferences(after);
  const a = withoutTargets(before, beforeRefs);
  const b = withoutTargets(after, afterRefs);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of keys)
    if (field !== 'id' && !deepEqual(a[field], b[field])) out.push({ kind: 'field', field });
  const was = new Map(beforeRefs.map((r) => [pathKey(r.path), r]));
  const now = new Map(afterRefs.map((r) => [pathKey(r.path), r]));
  for (const [key, ref] of now) {
    const old = was.get(key);
    if (old?.target === ref.target) continue;
    const label = labelOf(ref);
    out.push({
      kind: 'target',
      slot: ref.kind,
      ...(label !== undefined ? { label } : {}),
      from: old?.target ?? null,
      to: ref.target,
    });
  }
  for (const [key, ref] of was) {
    if (now.has(key)) continue;
    const label = labelOf(ref);
    out.push({
      kind: 'target',
      slot: ref.kind,
      ...(label !== undefined ? { label } : {}),
      from: ref.target,
      to: null,
    });
  }
  return out;
}

/** The detail of a block in a diff: its name from the newer version, else the older one. */
export function blockChangeDetail(before: Block | undefined, after: Block | undefined): BlockChangeDetail {
  const block = (after ?? before)!;
  const name = after?.name ?? before?.name;
  return {
    id: block.id,
    ...(name !== undefined && name !== '' ? { name } : {}),
    ...(before && after ? { changes: blockFieldChanges(before, after) } : {}),
  };
}
