// Prepared statements are compiled once per connection and SQL text, then reused by every commit.
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { statement } from '../../../../electron/services/project-store/statements';

describe('statement cache', () => {
  it('prepares each SQL text once per connection', () => {
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    try {
      a.exec('CREATE TABLE t (x)');
      b.exec('CREATE TABLE t (x)');
      const prepare = vi.spyOn(a, 'prepare');
      const insert = statement(a, 'INSERT INTO t (x) VALUES (?)');
      for (let i = 0; i < 5; i++) statement(a, 'INSERT INTO t (x) VALUES (?)').run(i);
      expect(statement(a, 'INSERT INTO t (x) VALUES (?)')).toBe(insert);
      expect(prepare).toHaveBeenCalledTimes(1);
      expect(statement(a, 'SELECT COUNT(*) FROM t').pluck().get()).toBe(5);
      expect(statement(b, 'INSERT INTO t (x) VALUES (?)')).not.toBe(insert);
      expect(statement(b, 'SELECT COUNT(*) FROM t').pluck().get()).toBe(0);
    } finally {
      a.close();
      b.close();
    }
  });
});
