// Fractional sort keys for blocks: a touched block gets a key between its untouched neighbours,
// so an insertion or a move writes one row. When float precision runs out the flow is renumbered.
import type { Block } from '../../../engine/model';
import type { SortKeys } from './project-rows';

export interface PlacedBlock {
  block: Block;
  sort: number;
}

/**
 * The rows to write for one flow: each block in `touched` with a key that keeps the flow's order,
 * plus every block of the flow when it had to be renumbered.
 */
export function placeBlocks(
  blocks: readonly Block[],
  touched: ReadonlyMap<string, unknown>,
  sortKeys: SortKeys,
): PlacedBlock[] {
  const out: PlacedBlock[] = [];
  let i = 0;
  let left = -Infinity;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (!touched.has(block.id)) {
      left = sortKeys.get(block.id)!;
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && touched.has(blocks[j]!.id)) j++;
    const right = j < blocks.length ? sortKeys.get(blocks[j]!.id)! : Infinity;
    const keys = spread(left, right, j - i);
    if (!keys) return renumber(blocks);
    for (let k = i; k < j; k++) out.push({ block: blocks[k]!, sort: keys[k - i]! });
    left = keys[keys.length - 1]!;
    i = j;
  }
  return out;
}

/** `n` increasing keys strictly between `left` and `right`, or undefined when floats cannot hold them. */
function spread(left: number, right: number, n: number): number[] | undefined {
  let keys: number[];
  if (left === -Infinity && right === Infinity) keys = Array.from({ length: n }, (_, k) => k + 1);
  else if (right === Infinity) keys = Array.from({ length: n }, (_, k) => Math.floor(left) + k + 1);
  else if (left === -Infinity) keys = Array.from({ length: n }, (_, k) => Math.ceil(right) - n - 1 + k);
  else {
    const step = (right - left) / (n + 1);
    keys = Array.from({ length: n }, (_, k) => left + step * (k + 1));
  }
  let prev = left;
  for (const key of keys) {
    if (!(key > prev) || !(key < right) || !Number.isFinite(key)) return undefined;
    prev = key;
  }
  return keys;
}

function renumber(blocks: readonly Block[]): PlacedBlock[] {
  return blocks.map((block, k) => ({ block, sort: k + 1 }));
}
