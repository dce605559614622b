// The history a file carries is checked before it is applied (electron/services/project-store/history-check.ts): a
// crafted journal diff or revision snapshot is refused with its entry and path by undo, redo, a restore and a view of
// a revision, leaving the document and its rows as they were; a deflate bomb is refused at its bound; and history
// written with an older translation entry shape reads as today's, so undo and restore across that change work.
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createProject,
  openProject,
  type OpenOptions,
  type ProjectFile,
} from '../../../../electron/services/project-store';
import { textHash, type Block, type MessageBlock, type Project } from '../../../../engine/model';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const opts: OpenOptions = { autoCheckpointMs: 0, heartbeatMs: 0 };
const MiB = 1024 * 1024;

type Json = Record<string, unknown>;
const msg = (id: string): Block => ({ id, type: 'message', messages: [{ kind: 'text', text: id }] }) as Block;

function made(project: Project = smallProject()): { file: string; store: ProjectFile } {
  const file = path.join(dir(), 'p.botloom');
  const r = createProject(file, project, opts);
  if (!r.ok) throw new Error(r.error.message);
  return { file, store: r.value };
}

function reopen(file: string): ProjectFile {
  const r = openProject(file, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Rewrites one stored value of the file (a journal diff, a revision snapshot, a block row) as a crafted file could. */
function tamper(
  file: string,
  sql: { select: string; update: string },
  key: number | string,
  edit: (v: Json) => unknown,
) {
  const db = new Database(file);
  const stored = db.prepare(sql.select).pluck().get(key) as Buffer | string;
  const value = JSON.parse(
    typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8'),
  ) as Json;
  const next = JSON.stringify(edit(value) ?? value);
  db.prepare(sql.update).run(typeof stored === 'string' ? next : deflateRawSync(next), key);
  db.close();
}
const JOURNAL = {
  select: 'SELECT diff FROM journal WHERE rev = ?',
  update: 'UPDATE journal SET diff = ? WHERE rev = ?',
};
const SNAPSHOT = {
  select: 'SELECT snapshot FROM revisions WHERE id = ?',
  update: 'UPDATE revisions SET snapshot = ? WHERE id = ?',
};
const ROW = {
  select: 'SELECT json FROM blocks WHERE id = ?',
  update: 'UPDATE blocks SET json = ? WHERE id = ?',
};

/** Everything the file stores of its document, to show that a refusal changed nothing. */
function rows(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  const all = [
    ...db.prepare('SELECT id, json FROM blocks ORDER BY id').all(),
    ...db.prepare('SELECT * FROM meta ORDER BY key').all(),
  ];
  db.close();
  return all;
}

const ops = (diff: Json) => diff.ops as Json[];
const hostileBlock = JSON.parse(
  '{"id":"a","type":"message","messages":"all of them","__proto__":{"admin":true}}',
) as Json;

describe('a journal diff from the file', () => {
  it.each([
    [
      'redo',
      'a hostile block',
      (d: Json): unknown => void (ops(d)[0]!.after = { flow: 'main', index: 0, block: hostileBlock }),
    ],
    [
      'redo',
      'a setting of the wrong shape',
      (): unknown => ({ ops: [{ op: 'put', kind: 'settings', key: 'entities', after: 'x' }] }),
    ],
    ['redo', 'an op of no known kind', (d: Json): unknown => void (ops(d)[0]!.kind = 'plugins')],
    [
      'undo',
      'a hostile block',
      (d: Json): unknown => void (ops(d)[0]!.before = { flow: 'main', index: 0, block: hostileBlock }),
    ],
  ] as const)(
    'is refused by %s when it holds %s, with its entry and path; nothing changes',
    (move, _, edit) => {
      const { file, store } = made();
      if (!store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg('a') }]).ok)
        throw new Error('edit');
      if (move === 'redo' && !store.undo().ok) throw new Error('undo');
      const before = store.project;
      store.close();
      tamper(file, JOURNAL, 1, edit);
      const kept = rows(file);
      const reopened = reopen(file);
      const r = reopened[move]();
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('invalid-history');
      expect(r.error.message).toMatch(
        new RegExp(`^Cannot ${move}: The file's history entry 1 is not valid \\(at ops\\[0\\]`),
      );
      expect(r.error.issues![0]!.path).toMatch(/^ops\[0\]/);
      expect(reopened.project).toEqual(before);
      expect(({} as Json).admin).toBeUndefined();
      reopened.close();
      expect(rows(file)).toEqual(kept);
    },
  );

  it('lists a checkpoint over a damaged entry as not listed, and still takes it', () => {
    const { file, store } = made();
    store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg('a') }]);
    store.close();
    tamper(file, JOURNAL, 1, (d) => void (ops(d)[0]!.after = 'nothing'));
    const reopened = reopen(file);
    const revision = reopened.checkpoint('After');
    expect(revision.summary.text).toMatch(/^changes not listed: The file's history entry 1 is not valid/);
    reopened.close();
  });
});

describe('a revision snapshot from the file', () => {
  function snapshotted(): { file: string; id: number; project: Project } {
    const { file, store } = made();
    store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg('a') }]);
    const { id } = store.checkpoint('Snap', { snapshot: true });
    store.applyCommands([{ type: 'deleteBlocks', ids: ['a'] }]);
    const project = store.project;
    store.close();
    return { file, id, project };
  }

  it('is refused when the schema refuses it, by a view and by a restore; nothing changes', () => {
    const { file, id, project } = snapshotted();
    tamper(file, SNAPSHOT, id, (p) => void ((p.flows as Json[])[0]!.blocks = [hostileBlock]));
    const kept = rows(file);
    const store = reopen(file);
    for (const r of [store.projectAt(id), store.restoreRevision(id)]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('invalid-history');
      expect(r.error.message).toMatch(
        /^The file's the snapshot of revision \d+ is not valid \(at flows\[0\]\.blocks\[0\]/,
      );
    }
    expect(store.project).toEqual(project);
    store.close();
    expect(rows(file)).toEqual(kept);
  });

  it('is refused when it inflates beyond a project file’s bound (a deflate bomb)', () => {
    const { file, id } = snapshotted();
    const db = new Database(file);
    db.prepare('UPDATE revisions SET snapshot = ? WHERE id = ?').run(
      deflateRawSync(Buffer.alloc(257 * MiB, 32)),
      id,
    );
    db.close();
    const store = reopen(file);
    const r = store.projectAt(id);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toMatch(
        /snapshot of revision \d+ cannot be read \(it inflates to more than 256 MB/,
      );
    store.close();
  });
});

describe('history written with an older translation entry shape', () => {
  const current = {
    fr: { text: 'Salut !', textHash: textHash('Hi!') },
    nl: { text: 'Hoi!', textHash: textHash('Hello!') },
  };
  const older = {
    fr: { text: 'Salut !', from: { text: 'Hi!' } },
    nl: { text: 'Hoi!', sourceHash: { text: textHash('Hello!') } },
  };
  const withOlder = (block: Json) => void ((block.messages as Json[])[0]!.translations = older);
  const welcome = (p: Project) => p.flows[0]!.blocks.find((b) => b.id === 'welcome') as MessageBlock;

  function translated(): { file: string; store: ProjectFile } {
    const project = smallProject();
    const flows = project.flows.map((flow) => ({
      ...flow,
      blocks: flow.blocks.map((b) =>
        b.id === 'welcome'
          ? { ...b, messages: [{ kind: 'text' as const, text: 'Hi!', translations: current }] }
          : b,
      ),
    }));
    return made({ ...project, secondaryLanguages: ['fr', 'nl'], flows } as Project);
  }

  it('undoes an edit journaled in that shape, back to the entries the open converted', () => {
    const { file, store } = translated();
    const original = welcome(store.project);
    store.applyCommands([{ type: 'updateBlock', id: 'welcome', patch: { name: 'Hello' } }]);
    store.close();
    tamper(file, ROW, 'welcome', withOlder);
    tamper(file, JOURNAL, 1, (d) => {
      withOlder((ops(d)[0]!.before as Json).block as Json);
      withOlder((ops(d)[0]!.after as Json).block as Json);
    });
    const reopened = reopen(file);
    const r = reopened.undo();
    if (!r.ok) throw new Error(r.error.message);
    expect(welcome(reopened.project)).toEqual(original);
    reopened.close();
  });

  it('restores a snapshot in that shape as today’s entries', () => {
    const { file, store } = translated();
    const { id } = store.checkpoint('Snap', { snapshot: true });
    const original = welcome(store.project);
    store.applyCommands([{ type: 'updateBlock', id: 'welcome', patch: { name: 'Hello' } }]);
    store.close();
    tamper(file, SNAPSHOT, id, (p) =>
      withOlder(((p.flows as Json[])[0]!.blocks as Json[]).find((b) => b.id === 'welcome')!),
    );
    const reopened = reopen(file);
    const at = reopened.projectAt(id);
    if (!at.ok) throw new Error(at.error.message);
    expect(welcome(at.value)).toEqual(original);
    reopened.close();
  });
});
