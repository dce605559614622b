// Blocks as a designer reads them: by name, with the id as secondary text; a block without a name, or
// one that no longer exists (deleted, only in a revision), reads as its id. Pure; the hook is
// use-block-names.ts.
import { allBlocks, type Block, type Project } from '../../engine/model';

export interface BlockNames {
  /** The block's name, else its id (also for an id no block has). */
  title(id: string): string;
  /** "Ask size (ask_size)" for a named block, else the id alone. */
  titleWithId(id: string): string;
  /** What a target picker shows for `id`: its name when no other block has that name, else the id. */
  pickerValue(id: string): string;
  /** The block id a picker's text means: an id as is, else the one block with that name; else undefined. */
  resolve(text: string): string | undefined;
  /** Every block id, in project order, with its picker value and its name (if any). */
  options(): { id: string; value: string; name?: string }[];
}

/** A block's own name (trimmed), when it has one. */
export const nameOfBlock = (block: Pick<Block, 'name'>): string | undefined =>
  block.name?.trim() || undefined;

export function blockNames(blocks: Iterable<Pick<Block, 'id' | 'name'>>): BlockNames {
  const names = new Map<string, string | undefined>();
  const idsByName = new Map<string, string[]>();
  for (const block of blocks) {
    if (names.has(block.id)) continue;
    const name = nameOfBlock(block);
    names.set(block.id, name);
    if (name !== undefined) idsByName.set(name, [...(idsByName.get(name) ?? []), block.id]);
  }
  const unique = (name: string | undefined) => name !== undefined && idsByName.get(name)?.length === 1;
  const title = (id: string) => names.get(id) ?? id;
  const pickerValue = (id: string) => {
    const name = names.get(id);
    return unique(name) && !names.has(name!) ? name! : id;
  };
  return {
    title,
    titleWithId: (id) => (names.get(id) !== undefined ? `${title(id)} (${id})` : id),
    pickerValue,
    resolve(text) {
      const t = text.trim();
      if (names.has(t)) return t;
      const ids = idsByName.get(t);
      return ids?.length === 1 ? ids[0] : undefined;
    },
    options: () =>
      [...names].map(([id, name]) => ({
        id,
        value: pickerValue(id),
        ...(name !== undefined ? { name } : {}),
      })),
  };
}

const cache = new WeakMap<Project['flows'], BlockNames>();

/** The names of a project's blocks, computed once per flows array (the store keeps it while unchanged). */
export function projectBlockNames(project: Pick<Project, 'flows'>): BlockNames {
  let names = cache.get(project.flows);
  if (!names) {
    names = blockNames(allBlocks(project));
    cache.set(project.flows, names);
  }
  return names;
}
