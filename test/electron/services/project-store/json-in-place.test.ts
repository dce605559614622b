// Opening a botloom/1 JSON file through the host's projects.* methods edits it in place: the file's path
// names the project everywhere (recents, get, events), edits reach the file, and an outside change is
// announced and settled through projects.resolveFileChange.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Envelope } from '../../../../electron/api';
import { createHost } from '../../../../electron/host';
import { stringifyProject } from '../../../../engine/format';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const value = <T>(r: Envelope<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const nameIn = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name;

describe('a JSON file opened in the app', () => {
  it('is edited in place, known by its own path, and reports outside changes', async () => {
    const json = path.join(dir(), 'repo', 'bot.json');
    mkdirSync(path.dirname(json), { recursive: true });
    writeFileSync(json, stringifyProject(smallProject('Pizza bot')));
    const host = await createHost({ shell: 'web', version: '0.0.0-test', dataDir: path.join(dir(), 'data') });
    const call = (method: string, input: unknown) =>
      dispatch(host.services, method, input, { transport: 'direct' });
    const events: [string, unknown][] = [];
    host.events.listen((name, payload) => events.push([name, payload]));
    try {
      const opened = value<{ path: string }>(await call('projects.open', { path: json }));
      expect(opened.path).toBe(json);
      expect(value<{ path: string }[]>(await call('projects.list', {})).map((r) => r.path)).toEqual([json]);
      const doc = value<{ path: string; project: { name: string } }>(
        await call('projects.get', { path: json }),
      );
      expect(doc).toMatchObject({ path: json, project: { name: 'Pizza bot' } });

      value(
        await call('projects.applyCommands', {
          path: json,
          commands: [{ type: 'updateSettings', patch: { name: 'Pizza bot 2' } }],
        }),
      );
      expect(events).toContainEqual(['projects.changed', { path: json, revision: 1 }]);
      await vi.waitFor(() => expect(nameIn(json)).toBe('Pizza bot 2'), { timeout: 5_000 });

      // A git pull: announced (polled), then reloaded as one undoable step.
      writeFileSync(json, stringifyProject(smallProject('From git')));
      await vi.waitFor(
        () => expect(events).toContainEqual(['projects.fileChanged', { path: json, problem: null }]),
        { timeout: 5_000 },
      );
      const reloaded = value<{ label: string; history: { undoLabel: string } }>(
        await call('projects.resolveFileChange', { path: json, action: 'reload' }),
      );
      expect(reloaded.history.undoLabel).toBe('Reload bot.json (changed on disk)');
      expect(
        value<{ project: { name: string } }>(await call('projects.get', { path: json })).project.name,
      ).toBe('From git');
      const nothing = await call('projects.resolveFileChange', { path: json, action: 'reload' });
      expect(!nothing.ok && nothing.error.message).toMatch(/has not changed on disk/);

      // The last edit, still in the debounce window, is written when the host closes.
      value(
        await call('projects.applyCommands', {
          path: json,
          commands: [{ type: 'updateSettings', patch: { name: 'Last edit' } }],
        }),
      );
    } finally {
      await host.close();
    }
    expect(nameIn(json)).toBe('Last edit');
  });
});
