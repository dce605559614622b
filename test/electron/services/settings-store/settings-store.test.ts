import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  openSettingsStore,
  RECENTS_LIMIT,
  SETTINGS_FILE,
} from '../../../../electron/services/settings-store';
import { useTempDir } from '../project-store/temp-dir';

const dir = useTempDir();

describe('the settings database', () => {
  it('keeps recent projects newest first, without duplicates, across reopening', () => {
    let t = Date.UTC(2025, 0, 1);
    const store = openSettingsStore(dir(), () => (t += 1000));
    store.touchRecent({ path: '/a.botloom', name: 'A' });
    store.touchRecent({ path: '/b.botloom', name: 'B' });
    store.touchRecent({ path: '/a.botloom', name: 'A renamed' });
    store.close();
    const again = openSettingsStore(dir());
    expect(again.listRecents().map((r) => [r.path, r.name])).toEqual([
      ['/a.botloom', 'A renamed'],
      ['/b.botloom', 'B'],
    ]);
    expect(again.listRecents()[0]!.lastOpenedAt).toBe(new Date(Date.UTC(2025, 0, 1) + 3000).toISOString());
    again.removeRecent('/b.botloom');
    expect(again.listRecents()).toHaveLength(1);
    again.close();
  });

  it(`keeps at most ${RECENTS_LIMIT} recent projects`, () => {
    const store = openSettingsStore(dir());
    for (let i = 0; i < RECENTS_LIMIT + 5; i++) store.touchRecent({ path: `/p${i}.botloom`, name: `P${i}` });
    const list = store.listRecents();
    expect(list).toHaveLength(RECENTS_LIMIT);
    expect(list[0]!.path).toBe(`/p${RECENTS_LIMIT + 4}.botloom`);
    store.close();
  });

  it('stores the theme and other preferences; an unknown theme reads as system', () => {
    const store = openSettingsStore(dir());
    expect(store.theme).toBe('system');
    store.theme = 'dark';
    store.setPreference('canvas.snap', true);
    store.close();
    const again = openSettingsStore(dir());
    expect(again.theme).toBe('dark');
    expect(again.getPreference('canvas.snap')).toBe(true);
    again.setPreference('theme', 'neon');
    expect(again.theme).toBe('system');
    again.close();
  });

  it('refuses a foreign database in its place instead of writing into it', () => {
    const file = path.join(dir(), SETTINGS_FILE);
    const db = new Database(file);
    db.pragma('application_id = 7');
    db.close();
    expect(() => openSettingsStore(dir())).toThrow(/not a settings database/);
  });
});
