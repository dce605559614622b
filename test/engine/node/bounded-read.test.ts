// The bounded reader of project and import files (issue 18): size checked before reading, header
// before the rest, strict UTF-8 with a location, and no quoting of the file's content.
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoundedReadError, readBoundedFile, readProjectText } from '../../../engine/node/bounded-read';

const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-bounded-'));
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
};
const failure = (f: () => unknown): BoundedReadError => {
  try {
    f();
  } catch (e) {
    if (e instanceof BoundedReadError) return e;
    throw e;
  }
  throw new Error('expected a BoundedReadError');
};

describe('readBoundedFile', () => {
  it('refuses a file over the limit from its size, before reading it (a sparse 1.5 GB file)', () => {
    const big = file('big.json', '');
    truncateSync(big, 1.5 * 1024 * 1024 * 1024);
    const started = performance.now();
    const e = failure(() => readProjectText(big));
    expect(e.code).toBe('file-too-large');
    expect(e.message).toMatch(/is 1536\.0 MB, over the limit of 256\.0 MB/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('checks the header before reading the rest', () => {
    const seen: number[] = [];
    const f = file('head.bin', Buffer.alloc(100_000, 0x41));
    const e = failure(() =>
      readBoundedFile(f, {
        headerBytes: 16,
        header: (head) => {
          seen.push(head.length);
          return 'not a project';
        },
      }),
    );
    expect(seen).toEqual([16]);
    expect(e.code).toBe('file-header');
  });

  it('follows a symlink to a regular file and reads it', () => {
    const target = file('real.json', '{"a":1}');
    symlinkSync(target, path.join(dir, 'link.json'));
    expect(readProjectText(path.join(dir, 'link.json'))).toBe('{"a":1}');
  });

  it('refuses invalid UTF-8 with its line and column', () => {
    const f = file(
      'bad.json',
      Buffer.concat([Buffer.from('{\n  "name": "a'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n}')]),
    );
    const e = failure(() => readProjectText(f));
    expect(e.message).toMatch(/is not valid UTF-8 \(line 2, column 13, byte 14\)/);
  });

  it('never quotes foreign content', () => {
    const f = file('environ.json', 'TOKEN=abc123secret\0HOME=/root\0');
    const e = failure(() => readProjectText(f));
    expect(e.message).not.toContain('abc123secret');
  });
});
