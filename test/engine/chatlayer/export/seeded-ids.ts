// A deterministic Chatlayer id source for tests and golden files: UUID-shaped ids from a seeded PRNG.
import { uuidFromBytes, type ChatlayerIdSource } from '../../../../engine/chatlayer';

export function seededIds(seed = 1): ChatlayerIdSource {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) new DataView(bytes.buffer).setUint32(i, next());
    return uuidFromBytes(bytes);
  };
}
