// The projects.* host methods, called through dispatch on a real host (SQLite settings and project files).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type Envelope } from '../../../../electron/api';
import { createHost, type Host } from '../../../../electron/host';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();

async function withHost(
  run: (call: (method: string, input: unknown) => Promise<Envelope<unknown>>, host: Host) => Promise<void>,
) {
  const host = await createHost({ shell: 'web', version: '0.0.0-test', dataDir: path.join(dir(), 'data') });
  try {
    await run((method, input) => dispatch(host.services, method, input, { transport: 'direct' }), host);
  } finally {
    await host.close();
  }
}

const value = <T>(r: Envelope<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('projects.* host methods', () => {
  it('creates, opens, edits with acknowledgements and events, undoes, and lists recents', async () => {
    await withHost(async (call, host) => {
      const events: unknown[] = [];
      host.events.listen((name, payload) => events.push([name, payload]));
      const created = value<{ path: string }>(await call('projects.create', { name: 'Pizza bot' }));
      expect(created.path.endsWith('pizza-bot.botloom')).toBe(true);
      value(await call('projects.open', { path: created.path }));
      const doc = value<{ project: { name: string }; revision: number }>(
        await call('projects.get', { path: created.path }),
      );
      expect(doc).toMatchObject({ revision: 0, project: { name: 'Pizza bot' } });
      const change = value<{ revision: number; history: { canUndo: boolean } }>(
        await call('projects.applyCommands', {
          path: created.path,
          commands: [{ type: 'updateSettings', patch: { name: 'Pizza bot 2' } }],
        }),
      );
      expect(change).toMatchObject({ revision: 1, history: { canUndo: true, undoLabel: 'updateSettings' } });
      expect(events).toEqual([['projects.changed', { path: created.path, revision: 1 }]]);
      const undone = value<{ revision: number; history: { canRedo: boolean }; label: string }>(
        await call('projects.undo', { path: created.path }),
      );
      expect(undone).toMatchObject({ revision: 2, history: { canRedo: true, redoLabel: 'updateSettings' } });
      const list = value<{ path: string }[]>(await call('projects.list', {}));
      expect(list.map((r) => r.path)).toEqual([created.path]);
    });
  });

  it('refuses invalid commands at the boundary and reports a refused edit with its path', async () => {
    await withHost(async (call) => {
      const { path: file } = value<{ path: string }>(await call('projects.create', { name: 'A' }));
      await call('projects.open', { path: file });
      const bad = await call('projects.applyCommands', { path: file, commands: [{ type: 'explode' }] });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const refused = await call('projects.applyCommands', {
        path: file,
        commands: [{ type: 'updateBlock', id: 'nope', patch: { name: 'x' } }],
      });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ path: '0.id' }] },
      });
      const stale = await call('projects.applyCommands', {
        path: file,
        commands: [{ type: 'updateSettings', patch: { name: 'B' } }],
        baseRevision: 5,
      });
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!stale.ok && stale.error.message).toContain('reload the project');
    });
  });

  it('checkpoints, lists history, diffs and restores revisions', async () => {
    await withHost(async (call) => {
      const { path: file } = value<{ path: string }>(await call('projects.create', { name: 'A' }));
      await call('projects.open', { path: file });
      const created = value<{ id: number }[]>(await call('projects.history', { path: file }))[0]!;
      await call('projects.applyCommands', {
        path: file,
        commands: [
          { type: 'deleteBlocks', ids: ['not_understood'] },
          { type: 'updateSettings', patch: { fallbackBlock: null } },
        ],
      });
      const cp = value<{ name: string; summary: { blocksRemoved: string[] } }>(
        await call('projects.checkpoint', { path: file, name: 'Trimmed' }),
      );
      expect(cp).toMatchObject({ name: 'Trimmed', summary: { blocksRemoved: ['not_understood'] } });
      const diff = value<{ blocksAdded: string[] }>(
        await call('projects.diffRevisions', { path: file, from: 'current', to: created.id }),
      );
      expect(diff.blocksAdded).toEqual(['not_understood']);
      value(await call('projects.restore', { path: file, revision: created.id }));
      const doc = value<{ project: { flows: { blocks: unknown[] }[] } }>(
        await call('projects.get', { path: file }),
      );
      expect(doc.project.flows[0]!.blocks).toHaveLength(2);
    });
  });

  it('imports JSON, exports it back identically, saves as a copy, and reports a missing file or a bad import', async () => {
    await withHost(async (call) => {
      const source = path.join(dir(), 'bot.json');
      const original = JSON.stringify(smallProject(), null, 2);
      writeFileSync(source, original);
      const imported = value<{ path: string; name: string }>(await call('projects.import', { source }));
      expect(imported.name).toBe('Pizza bot');
      const out = path.join(dir(), 'out.json');
      const exported = value<{ json: string }>(
        await call('projects.exportJson', { path: imported.path, target: out }),
      );
      expect(readFileSync(out, 'utf8')).toBe(exported.json);
      const copy = path.join(dir(), 'copy.botloom');
      const saved = value<{ path: string }>(
        await call('projects.saveAs', { path: imported.path, target: copy }),
      );
      expect(saved.path).toBe(copy);
      expect(value<{ json: string }>(await call('projects.exportJson', { path: copy })).json).toBe(
        exported.json,
      );
      expect(await call('projects.get', { path: imported.path })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(await call('projects.open', { path: path.join(dir(), 'missing.botloom') })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      const badSource = path.join(dir(), 'bad.json');
      writeFileSync(badSource, '{"format":"botloom/1"');
      const bad = await call('projects.import', {
        source: badSource,
        target: path.join(dir(), 'bad.botloom'),
      });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(existsSync(path.join(dir(), 'bad.botloom'))).toBe(false);
    });
  });
});
