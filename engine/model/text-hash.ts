// The short hash a translation keeps of the primary text it was made from (docs/file-format.md#languages): enough
// to tell that the primary text changed since ("translation may be stale") without repeating that text in every
// language. FNV-1a, 32 bits, over the text's UTF-8 bytes (so any language's FNV-1a gives the same hash), written
// as 8 lowercase hex digits. Pure TypeScript: the engine, the CLI and the renderer share it.
import type { TextValue } from './translation';

export const TEXT_HASH_PATTERN = /^[0-9a-f]{8}$/;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bits) of the UTF-8 bytes of `text`, as 8 lowercase hex digits. */
export function textHash(text: string): string {
  let h = FNV_OFFSET;
  const byte = (b: number) => {
    h = Math.imul(h ^ b, FNV_PRIME);
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      byte(c);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    // A lone surrogate is encoded as U+FFFD, as TextEncoder does.
    if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
    if (c < 0x800) {
      byte(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
      byte(0xe0 | (c >> 12));
      byte(0x80 | ((c >> 6) & 0x3f));
    } else {
      byte(0xf0 | (c >> 18));
      byte(0x80 | ((c >> 12) & 0x3f));
      byte(0x80 | ((c >> 6) & 0x3f));
    }
    byte(0x80 | (c & 0x3f));
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The hash of a field's value: one hash for a text, one per element for a list (a text message's variants). */
export function valueHash(value: string): string;
export function valueHash(value: TextValue): string | string[];
export function valueHash(value: TextValue): string | string[] {
  return typeof value === 'string' ? textHash(value) : value.map(textHash);
}
