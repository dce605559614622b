// The committed state of a WAL-mode project read without SQLite touching its folder: the frames of the
// -wal file are checked as SQLite's own recovery checks them (salts and the running checksum, frame by
// frame) and those up to the last commit are laid over the main file's bytes, in memory. A read-only
// open (the CLI) reads this image, so no -shm file is created (docs/file-format.md#the-botloom-file).

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export interface WalPages {
  pageSize: number;
  /** Size of the database in pages after the last committed transaction. */
  dbPages: number;
  /** Page number → the page's bytes as of the last commit. */
  pages: Map<number, Uint8Array>;
}

/** SQLite's WAL checksum: two running 32-bit sums over pairs of words, in the byte order the magic names. */
function checksum(bytes: Uint8Array, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s0, s1] = s;
  if (bigEndian === NATIVE_BIG_ENDIAN && bytes.byteOffset % 4 === 0) {
    // The usual case (a WAL written on a machine of this byte order): whole words, no per-read checks.
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    for (let i = 0; i < words.length; i += 2) {
      s0 = (s0 + words[i]! + s1) >>> 0;
      s1 = (s1 + words[i + 1]! + s0) >>> 0;
    }
    return [s0, s1];
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < bytes.byteLength; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

const NATIVE_BIG_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 0;

/**
 * The pages committed in a WAL file, or undefined when it holds none (empty, a header SQLite would
 * ignore, or no complete transaction). A torn or stale tail (a frame whose salt or checksum does not
 * match, or frames after the last commit) is left out, as SQLite leaves it out.
 */
export function committedWalPages(wal: Uint8Array): WalPages | undefined {
  if (wal.byteLength < WAL_HEADER) return undefined;
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = view.getUint32(0);
  if ((magic & 0xfffffffe) !== 0x377f0682 || view.getUint32(4) !== 3007000) return undefined;
  const bigEndian = (magic & 1) === 1;
  const pageSize = view.getUint32(8);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return undefined;
  let sum = checksum(wal.subarray(0, 24), bigEndian, [0, 0]);
  if (sum[0] !== view.getUint32(24) || sum[1] !== view.getUint32(28)) return undefined;
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);

  const committed = new Map<number, Uint8Array>();
  let pending = new Map<number, Uint8Array>();
  let dbPages = 0;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.byteLength; at += FRAME_HEADER + pageSize) {
    const page = view.getUint32(at);
    const commitSize = view.getUint32(at + 4);
    if (page === 0 || view.getUint32(at + 8) !== salt1 || view.getUint32(at + 12) !== salt2) break;
    const data = wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize);
    sum = checksum(data, bigEndian, checksum(wal.subarray(at, at + 8), bigEndian, sum));
    if (sum[0] !== view.getUint32(at + 16) || sum[1] !== view.getUint32(at + 20)) break;
    pending.set(page, data);
    if (commitSize > 0) {
      for (const [n, bytes] of pending) committed.set(n, bytes);
      pending = new Map();
      dbPages = commitSize;
    }
  }
  return dbPages > 0 ? { pageSize, dbPages, pages: committed } : undefined;
}

/** `main` (the database file's bytes) with the WAL's committed pages laid over it, sized as the last commit says. */
export function applyWalPages(main: Buffer, wal: WalPages): Buffer {
  const image = Buffer.alloc(wal.dbPages * wal.pageSize);
  main.copy(image, 0, 0, Math.min(main.byteLength, image.byteLength));
  for (const [page, bytes] of wal.pages) if (page <= wal.dbPages) image.set(bytes, (page - 1) * wal.pageSize);
  return image;
}
