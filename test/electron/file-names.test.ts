// File names from what a designer typed: readable, safe, never an existing file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStem, freeProjectFile } from '../../electron/services/file-names';

const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('project file names', () => {
  it('keeps letters and digits, drops accents and path characters, and never ends empty', () => {
    expect(fileStem('Café Bot 2')).toBe('cafe-bot-2');
    expect(fileStem('../../etc/passwd')).toBe('etcpasswd');
    expect(fileStem('¿?')).toBe('project');
  });

  it('appends -2, -3 … after the 60-character stem until the file is free', () => {
    const long = 'a'.repeat(80);
    const first = freeProjectFile(dir, long);
    expect(path.basename(first)).toBe(`${'a'.repeat(60)}.botloom`);
    writeFileSync(first, '');
    const second = freeProjectFile(dir, long);
    expect(path.basename(second)).toBe(`${'a'.repeat(60)}-2.botloom`);
    writeFileSync(second, '');
    expect(path.basename(freeProjectFile(dir, long))).toBe(`${'a'.repeat(60)}-3.botloom`);
  });
});
