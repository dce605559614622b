// Stable Chatlayer ids for Botloom blocks (docs/chatlayer.md#export-for-import): a block keeps the id stored in
// `project.chatlayer.ids`; a block without one (or sharing one) gets a new id, which the export hands
// back in the project so that the next export reuses it.
import type { Project } from '../../model';

/** Makes a new platform id; random by default, injected by tests for golden files. */
export type ChatlayerIdSource = () => string;

interface WebCrypto {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/** A random version-4 UUID, from the platform's Web Crypto (Node and browsers both have it). */
export function randomChatlayerId(): string {
  const crypto = (globalThis as { crypto?: WebCrypto }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  if (!crypto?.getRandomValues)
    throw new Error('No Web Crypto here to make Chatlayer ids: pass an id source.');
  return uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** Formats 16 bytes as a version-4 UUID. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = [...bytes.slice(0, 16)];
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface AssignedIds {
  /** Chatlayer id of every block of the project. */
  byBlock: Map<string, string>;
  /** The project's whole id map after the export: kept ids, new ids, and ids of deleted blocks. */
  ids: Record<string, string>;
  /** Blocks that got a new id, in the order of the export. */
  assigned: string[];
}

const MAX_DRAWS = 100;

/** Gives every block its stored id, or a fresh one when it has none or another block holds it. */
export function assignChatlayerIds(project: Project, newId: ChatlayerIdSource): AssignedIds {
  const stored = project.chatlayer?.ids ?? {};
  const taken = new Set(Object.values(stored));
  const used = new Set<string>();
  const byBlock = new Map<string, string>();
  const assigned: string[] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      const kept = Object.hasOwn(stored, block.id) ? stored[block.id] : undefined;
      let id = kept;
      if (!id || used.has(id)) {
        id = fresh(newId, (c) => taken.has(c) || used.has(c));
        taken.add(id);
        assigned.push(block.id);
      }
      used.add(id);
      byBlock.set(block.id, id);
    }
  return { byBlock, ids: { ...stored, ...Object.fromEntries(byBlock) }, assigned };
}

function fresh(newId: ChatlayerIdSource, clash: (id: string) => boolean): string {
  for (let i = 0; i < MAX_DRAWS; i++) {
    const id = newId();
    if (id && !clash(id)) return id;
  }
  throw new Error(`The Chatlayer id source gave ${MAX_DRAWS} ids in a row that were empty or already used.`);
}
