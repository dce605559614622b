// A fresh block of each type, as the palette creates it (the kind's defaults), with the first free id of
// the form `<type>_<n>`.
import { BLOCK_KINDS, type Block, type BlockType, type Position } from '../../engine/model';

export function freeId(type: BlockType, taken: (id: string) => boolean): string {
  for (let n = 1; ; n++) if (!taken(`${type}_${n}`)) return `${type}_${n}`;
}

export function newBlock(type: BlockType, id: string, position: Position): Block {
  return BLOCK_KINDS[type].newBlock({
    id,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
  });
}
