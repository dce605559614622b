// Files only where the user chose (issue 18): exports refuse relative targets and replace an existing
// file only with `overwrite: true`; projects.create refuses a relative folder before creating it; the
// renderer asks before repeating a write with `overwrite: true`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Envelope } from '../../../electron/api';
import { createHost } from '../../../electron/host';
import { confirmingOverwrite } from '../../../renderer/shell/confirm-overwrite';
import { smallProject } from './project-store/sample-project';
import { useTempDir } from './project-store/temp-dir';

const dir = useTempDir();

async function withHost(
  run: (call: (method: string, input: unknown) => Promise<Envelope<unknown>>) => Promise<void>,
) {
  const host = await createHost({ shell: 'web', version: '0.0.0-test', dataDir: path.join(dir(), 'data') });
  try {
    await run((method, input) => dispatch(host.services, method, input, { transport: 'direct' }));
  } finally {
    await host.close();
  }
}

describe('host writes', () => {
  it('projects.exportJson: relative targets refused, an existing file kept unless overwrite: true', async () => {
    await withHost(async (call) => {
      const source = path.join(dir(), 'bot.json');
      writeFileSync(source, JSON.stringify(smallProject(), null, 2));
      const imported = await call('projects.import', { source });
      const projectPath = (imported as { value: { path: string } }).value.path;
      const relative = await call('projects.exportJson', { path: projectPath, target: 'out.json' });
      expect(relative).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: /relative path/ },
      });
      expect(existsSync(path.resolve('out.json'))).toBe(false);
      const target = path.join(dir(), 'keep.json');
      writeFileSync(target, 'precious');
      const refused = await call('projects.exportJson', { path: projectPath, target });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: /already exists/ } });
      expect(readFileSync(target, 'utf8')).toBe('precious');
      expect((await call('projects.exportJson', { path: projectPath, target, overwrite: true })).ok).toBe(
        true,
      );
      expect(readFileSync(target, 'utf8')).toContain('"botloom/1"');
    });
  });

  it('chatlayer.export refuses to replace an existing file (relative or not) without overwrite: true', async () => {
    await withHost(async (call) => {
      const source = path.join(dir(), 'bot.json');
      writeFileSync(source, JSON.stringify(smallProject(), null, 2));
      const projectPath = ((await call('projects.import', { source })) as { value: { path: string } }).value
        .path;
      await call('projects.open', { path: projectPath });
      const target = path.join(dir(), 'chatlayer.json');
      writeFileSync(target, 'precious');
      const refused = await call('chatlayer.export', { path: projectPath, target });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(readFileSync(target, 'utf8')).toBe('precious');
      writeFileSync(path.join(path.dirname(projectPath), 'rel.json'), 'precious too');
      // A relative target is resolved against the project's folder (and named in the answer).
      expect(await call('chatlayer.export', { path: projectPath, target: 'rel.json' })).toMatchObject({
        ok: false,
        error: {
          code: 'conflict',
          message: expect.stringContaining(path.join(path.dirname(projectPath), 'rel.json')),
        },
      });
    });
  });

  it('projects.create refuses a relative folder before creating anything', async () => {
    await withHost(async (call) => {
      const folder = `botloom-rel-${process.pid}`;
      const r = await call('projects.create', { name: 'X', directory: folder });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(existsSync(path.resolve(folder))).toBe(false);
    });
  });
});

describe('confirmingOverwrite (renderer)', () => {
  it('asks after a conflict and repeats the write with overwrite: true only when confirmed', async () => {
    const conflict = Object.assign(new Error('exists'), { code: 'conflict' });
    const write = vi.fn(async (overwrite: boolean) => {
      if (!overwrite) throw conflict;
      return 'written';
    });
    await expect(confirmingOverwrite('/a.json', write, () => true)).resolves.toBe('written');
    expect(write.mock.calls).toEqual([[false], [true]]);
    await expect(confirmingOverwrite('/a.json', write, () => false)).rejects.toBe(conflict);
  });
});
