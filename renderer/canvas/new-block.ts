// A fresh block of each type, as the palette creates it, with the first free id of the form `<type>_<n>`.
import type { Block, BlockType, Position } from '../../engine/model';

export function freeId(type: BlockType, taken: (id: string) => boolean): string {
  for (let n = 1; ; n++) if (!taken(`${type}_${n}`)) return `${type}_${n}`;
}

export function newBlock(type: BlockType, id: string, position: Position): Block {
  const base = { id, position: { x: Math.round(position.x), y: Math.round(position.y) } };
  switch (type) {
    case 'message':
      return { ...base, type, messages: [{ kind: 'text', text: '' }] };
    case 'input':
      return {
        ...base,
        type,
        prompt: [{ kind: 'text', text: 'What is your answer?' }],
        variable: 'answer',
        validate: { kind: 'any' },
      };
    case 'goto':
      return { ...base, type, rules: [] };
    case 'api':
      return { ...base, type, method: 'GET', url: 'https://example.com/' };
    case 'code':
      return { ...base, type, code: 'const b = ChatlayerResponseBuilder();\nb.send();\n' };
  }
}
