import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  migrateDocument,
  migrationRegistry,
  parseProject,
  type Migration,
} from '../../../engine/format';

// A made-up botloom/0 where the start block was called `start` and flows were `pages`.
const zeroToOne: Migration = {
  from: 0,
  describe: 'renamed start to startBlock and pages to flows',
  migrate: ({ start, pages, ...rest }) => ({ ...rest, startBlock: start, flows: pages }),
};
const legacy = {
  format: 'botloom/0',
  name: 'Old bot',
  start: 'hi',
  pages: [{ id: 'main', name: 'Main', blocks: [{ id: 'hi', type: 'message', messages: [] }] }],
};

describe('format migrations', () => {
  it('botloom/1 is the first format: no migrations are registered', () => {
    expect(MIGRATIONS.size).toBe(0);
  });

  it('loads an older format through its migration and warns that saving writes the new one', () => {
    const r = parseProject(JSON.stringify(legacy), 'old.json', {
      migrations: migrationRegistry([zeroToOne]),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.project).toMatchObject({ format: 'botloom/1', startBlock: 'hi', flows: [{ id: 'main' }] });
    expect(r.warnings).toEqual([
      {
        code: 'format-migrated',
        file: 'old.json',
        path: 'format',
        message:
          'converted from botloom/0 to botloom/1 (renamed start to startBlock and pages to flows); saving writes botloom/1.',
      },
    ]);
  });

  it('reports an older format without a migration as format-unknown', () => {
    const r = parseProject(JSON.stringify(legacy));
    expect(r.ok === false && r.errors[0]).toMatchObject({
      code: 'format-unknown',
      path: 'format',
      message: expect.stringContaining('no migration from botloom/0'),
    });
  });

  it('chains steps in version order and stops at the first gap', () => {
    const step = (from: number): Migration => ({
      from,
      describe: `step ${from}`,
      migrate: (d) => ({ ...d, trail: [...((d.trail as number[]) ?? []), from] }),
    });
    const registry = migrationRegistry([step(2), step(1), step(4)]);
    expect(migrateDocument({ format: 'botloom/1' }, 1, 3, registry)).toMatchObject({
      ok: true,
      document: { format: 'botloom/3', trail: [1, 2] },
    });
    expect(migrateDocument({ format: 'botloom/1' }, 1, 5, registry)).toEqual({ ok: false, missingFrom: 3 });
    expect(() => migrationRegistry([step(1), step(1)])).toThrow(/two migrations/);
  });
});
