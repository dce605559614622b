// Opening a file whose rows carry translations: a valid map is kept as read (engine/model/translation.ts checks
// it in place), an older entry shape is read as today's, and a crafted map is still refused with its path and
// message, its rows left as they were.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createProject, openProject } from '../../../../electron/services/project-store';
import { textHash, translationStatus, type MessageBlock, type Project } from '../../../../engine/model';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const opts = { autoCheckpointMs: 0, heartbeatMs: 0 };

const translations = {
  fr: { text: 'Salut !', textHash: textHash('Hi!') },
  nl: { text: 'Hoi!', variants: ['Hallo!'], textHash: textHash('Hi!') },
};

function made(): string {
  const project = smallProject();
  const flows = project.flows.map((flow) => ({
    ...flow,
    blocks: flow.blocks.map((block) =>
      block.id === 'welcome'
        ? { ...block, messages: [{ kind: 'text' as const, text: 'Hi!', translations }] }
        : block,
    ),
  }));
  const file = path.join(dir(), 'three.botloom');
  const r = createProject(file, { ...project, secondaryLanguages: ['fr', 'nl'], flows } as Project, opts);
  if (!r.ok) throw new Error(r.error.message);
  r.value.close();
  return file;
}

/** Replaces the welcome block's first message's translations in the row, as a crafted file could. */
function tamper(file: string, map: unknown): void {
  const db = new Database(file);
  const row = db.prepare(`SELECT json FROM blocks WHERE id = 'welcome'`).pluck().get() as string;
  const block = JSON.parse(row) as { messages: Record<string, unknown>[] };
  block.messages[0]!.translations = map;
  db.prepare(`UPDATE blocks SET json = ? WHERE id = 'welcome'`).run(JSON.stringify(block));
  db.close();
}

/** The block rows as stored, to show a refused open changed nothing. */
function rows(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  const all = db.prepare('SELECT id, json FROM blocks ORDER BY id').all();
  db.close();
  return all;
}

const welcome = (project: Project) =>
  project.flows[0]!.blocks.find((b) => b.id === 'welcome') as MessageBlock;

describe('opening a file with translations', () => {
  it('reads every language of a text as written', () => {
    const r = openProject(made(), opts);
    if (!r.ok) throw new Error(r.error.message);
    expect(welcome(r.value.project).messages[0]).toEqual({ kind: 'text', text: 'Hi!', translations });
    r.value.close();
  });

  it.each([
    ['a text that is not a string', { nl: { text: 1 } }, 'translations.nl.text'],
    ['a text for a hash', { nl: { text: 'Hoi', textHash: 'Hi!' } }, 'translations.nl.textHash'],
    ['an unknown field', { nl: { txt: 'Hoi' } }, 'translations.nl.txt'],
    [
      'a hash of a field its owner has not',
      { nl: { text: 'Hoi', titleHash: 'abcdef12' } },
      'translations.nl.titleHash',
    ],
    ['a hostile language', { constructor: {} }, 'translations.constructor'],
  ])('refuses %s with its path, and leaves the file as it was', (_, map, at) => {
    const file = made();
    tamper(file, map);
    const before = rows(file);
    const r = openProject(file, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-project');
    expect(r.error.issues!.map((i) => i.path)).toContain(`flows[0].blocks[0].messages[0].${at}`);
    expect(rows(file)).toEqual(before);
  });

  it('reads entries written with `from` texts or a `sourceHash` object as `<field>Hash`, stale or not as they were', () => {
    const file = made();
    // Per language: the older shape's record of the primary it was made from (today's primary is "Hi!").
    tamper(file, {
      de: { text: 'Hallo!', from: { text: 'Hi!' } },
      fr: { text: 'Salut !', from: { text: 'Hello!' } },
      nl: { text: 'Hoi!', sourceHash: { text: textHash('Hi!') } },
      it: { text: 'Ciao!', sourceHash: { text: textHash('Hello!') } },
    });
    const r = openProject(file, { ...opts, readOnly: true });
    if (!r.ok) throw new Error(r.error.message);
    const message = welcome(r.value.project).messages[0]!;
    r.value.close();
    const languages = ['de', 'fr', 'nl', 'it'];
    expect(languages.map((l) => translationStatus(message, 'text', l, 'en'))).toEqual([
      'translated',
      'stale',
      'translated',
      'stale',
    ]);
    expect((message as { translations?: unknown }).translations).toEqual({
      de: { text: 'Hallo!', textHash: textHash('Hi!') },
      fr: { text: 'Salut !', textHash: textHash('Hello!') },
      nl: { text: 'Hoi!', textHash: textHash('Hi!') },
      it: { text: 'Ciao!', textHash: textHash('Hello!') },
    });
  });

  it('writes converted entries back to their rows on a read-write open, and not on a read-only one', () => {
    const file = made();
    tamper(file, {
      fr: { text: 'Salut !', from: { text: 'Hi!' } },
      nl: { text: 'Hoi!', sourceHash: { text: textHash('Hi!') } },
    });
    const older = rows(file);
    const readOnly = openProject(file, { ...opts, readOnly: true });
    if (!readOnly.ok) throw new Error(readOnly.error.message);
    const document = readOnly.value.project;
    readOnly.value.close();
    expect(rows(file)).toEqual(older);

    const r = openProject(file, opts);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.project).toEqual(document);
    r.value.close();
    const after = rows(file) as { id: string; json: string }[];
    // Only the converted block's row changed, and it now holds the entries as they are read.
    expect(
      after.filter((row, i) => row.json !== (older[i] as { json: string }).json).map((row) => row.id),
    ).toEqual(['welcome']);
    const stored = JSON.parse(after.find((row) => row.id === 'welcome')!.json) as MessageBlock;
    expect((stored.messages[0] as { translations?: unknown }).translations).toEqual({
      fr: { text: 'Salut !', textHash: textHash('Hi!') },
      nl: { text: 'Hoi!', textHash: textHash('Hi!') },
    });
    const again = openProject(file, { ...opts, readOnly: true });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.project).toEqual(document);
    again.value.close();
  });
});
