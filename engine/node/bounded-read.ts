// Bounded reads of files a user (or a cloned repository) names as projects or imports: only a regular
// file is read (symlinks resolved and checked; devices, FIFOs and sockets refused before any open,
// and the open itself is non-blocking and fstat-checked), its size is checked before reading, the read
// is capped, the header is checked before the rest, and no message ever quotes the file's content.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';

/** The largest project or import file read (a 3,000-block project is a few MB). */
export const MAX_PROJECT_FILE_BYTES = 256 * 1024 * 1024;

export type BoundedReadCode =
  'file-missing' | 'file-not-regular' | 'file-too-large' | 'file-unreadable' | 'file-header';

export class BoundedReadError extends Error {
  constructor(
    readonly code: BoundedReadCode,
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'BoundedReadError';
  }
}

export interface BoundedReadOptions {
  /** Refuse larger files (default MAX_PROJECT_FILE_BYTES). */
  maxBytes?: number;
  /** Checks the first bytes before the rest is read: a message saying what is wrong and how to fix it, or undefined. */
  header?: (head: Buffer) => string | undefined;
  /** How many bytes `header` gets (default 64). */
  headerBytes?: number;
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

const size = (n: number) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${n} bytes`;

/** The regular file behind `file` (symlinks resolved), or a BoundedReadError saying why not; never opens it. */
export function checkRegularFile(
  file: string,
  maxBytes = MAX_PROJECT_FILE_BYTES,
): { real: string; stats: Stats } {
  let link: Stats;
  try {
    link = lstatSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new BoundedReadError('file-missing', `${file} does not exist: check the path.`, file);
    throw new BoundedReadError('file-unreadable', `${file} cannot be read (${code ?? 'error'}).`, file);
  }
  let real = file;
  let stats = link;
  if (link.isSymbolicLink()) {
    try {
      real = realpathSync(file);
      stats = statSync(real);
    } catch {
      throw new BoundedReadError(
        'file-missing',
        `${file} is a symbolic link to nothing: check the path.`,
        file,
      );
    }
  }
  if (!stats.isFile()) {
    const via = real !== file ? ` (a link to ${real})` : '';
    throw new BoundedReadError(
      'file-not-regular',
      `${file}${via} is ${kindOf(stats)}, not a regular file: a project or import must be an ordinary file.`,
      file,
    );
  }
  if (stats.size > maxBytes)
    throw new BoundedReadError(
      'file-too-large',
      `${file} is ${size(stats.size)}, over the limit of ${size(maxBytes)} for a project or import file.`,
      file,
    );
  return { real, stats };
}

/** Reads a regular file with every check above; throws BoundedReadError. */
export function readBoundedFile(file: string, options: BoundedReadOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_PROJECT_FILE_BYTES;
  const { real } = checkRegularFile(file, maxBytes);
  let fd: number;
  try {
    // Non-blocking, and not following a link swapped in since the check: a FIFO cannot hang the open.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    throw new BoundedReadError(
      'file-unreadable',
      `${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
      file,
    );
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      throw new BoundedReadError(
        'file-not-regular',
        `${file} is ${kindOf(stats)}, not a regular file.`,
        file,
      );
    const total = Math.min(stats.size, maxBytes);
    const buffer = Buffer.alloc(total + 1);
    let at = 0;
    const fill = (until: number) => {
      while (at < until) {
        const n = readSync(fd, buffer, at, until - at, at);
        if (n === 0) break;
        at += n;
      }
    };
    if (options.header) {
      fill(Math.min(options.headerBytes ?? 64, total));
      const problem = options.header(buffer.subarray(0, at));
      if (problem) throw new BoundedReadError('file-header', problem, file);
    }
    fill(total + 1); // one byte more than announced tells a file that grew while being read
    if (at > maxBytes)
      throw new BoundedReadError(
        'file-too-large',
        `${file} grew over the limit of ${size(maxBytes)} while being read.`,
        file,
      );
    return buffer.subarray(0, at);
  } catch (e) {
    if (e instanceof BoundedReadError) throw e;
    throw new BoundedReadError(
      'file-unreadable',
      `${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
      file,
    );
  } finally {
    closeSync(fd);
  }
}

/** What a project text's first bytes say about it when it is not UTF-8 JSON, or undefined. */
export function jsonHeaderProblem(head: Buffer, file: string): string | undefined {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return `${file} is UTF-16 text: save it as UTF-8 (without BOM) and try again.`;
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0')
    return `${file} is a .botloom (SQLite) project, not JSON: open it as a .botloom file, or export it with botloom export.`;
  const first = head
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()[0];
  if (first !== undefined && first !== '{' && first !== '[')
    return `${file} does not start like JSON (a project starts with "{"): check that this is a botloom/1 or Chatlayer export file.`;
  return undefined;
}

/** The header check for a .botloom file: SQLite, or a clear word when it is really JSON or UTF-16 text. */
export function botloomHeaderProblem(head: Buffer, file: string): string | undefined {
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') return undefined;
  const text = head
    .toString('latin1')
    .replace(/^\xEF\xBB\xBF/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('['))
    return `${file} is JSON, not a .botloom (SQLite) project: rename it to .json, or import it with botloom import.`;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return `${file} is UTF-16 text, not a .botloom (SQLite) project.`;
  return undefined;
}

/** Decodes UTF-8 strictly: an invalid byte is an error naming its line and column, not a silent U+FFFD. */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte: the longest prefix that decodes.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    // A prefix ending in the lead bytes of the bad sequence decodes in stream mode: step back to its start.
    const complete = (n: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n));
        return true;
      } catch {
        return false;
      }
    };
    for (let back = 0; back < 3 && lo > 0 && !complete(lo); back++) lo -= 1;
    const before = new TextDecoder().decode(bytes.subarray(0, lo));
    const lines = before.split('\n');
    throw new BoundedReadError(
      'file-header',
      `${file} is not valid UTF-8 (line ${lines.length}, column ${lines.at(-1)!.length + 1}, byte ${lo}): save it as UTF-8.`,
      file,
    );
  }
}

/** A project or import file as text: every check of readBoundedFile, JSON-like header, strict UTF-8. */
export function readProjectText(file: string, options: { maxBytes?: number } = {}): string {
  const bytes = readBoundedFile(file, {
    ...options,
    header: (head) => jsonHeaderProblem(head, file),
  });
  return decodeUtf8Strict(bytes, file);
}
