// A botloom/1 JSON file edited in place: edits reach the file (debounced, atomic, deterministic, flushed
// on close), an outside change is noticed and waits for a decision, and nothing is ever lost.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyProject } from '../../../../engine/format';
import { openLinkedJson } from '../../../../electron/services/project-store/linked-json';
import { workingCopyPath, type ExternalChange } from '../../../../electron/services/project-store/json-link';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const rename = (name: string) => [{ type: 'updateSettings' as const, patch: { name } }];
const opts = { autoCheckpointMs: 0, walCheckpointMs: 0, heartbeatMs: 0 };

function setUp() {
  return { json: path.join(dir(), 'bots', 'bot.json'), projects: path.join(dir(), 'data', 'projects') };
}

function writeJson(file: string, name: string, pretty = false) {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = stringifyProject(smallProject(name));
  writeFileSync(file, pretty ? JSON.stringify(JSON.parse(text), null, 4) : text);
}

function open(json: string, projects: string, debounceMs = 60_000) {
  const external: ExternalChange[] = [];
  const r = openLinkedJson(json, projects, opts, {
    debounceMs,
    pollMs: 0,
    onExternalChange: (c) => external.push(c),
  });
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.value, external };
}

const nameOnDisk = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name;

describe('a JSON file edited in place', () => {
  it('keeps its working copy in the data folder and writes every edit back, deterministically', () => {
    const { json, projects } = setUp();
    writeJson(json, 'Pizza bot');
    const { link } = open(json, projects);
    expect(link.store.file).toBe(workingCopyPath(projects, json));
    expect(link.store.file.startsWith(path.join(projects, 'linked'))).toBe(true);

    link.store.applyCommands(rename('Pizza bot 2'));
    link.changed();
    expect(nameOnDisk(json)).toBe('Pizza bot'); // debounced: not yet
    link.flush();
    expect(readFileSync(json, 'utf8')).toBe(link.store.exportJson());
    expect(nameOnDisk(json)).toBe('Pizza bot 2');
    // Atomic: no temporary file is left beside it.
    expect(readdirSync(path.dirname(json))).toEqual(['bot.json']);
    link.dispose();
    link.store.close();

    // Reopened: the same working copy, its history intact, nothing reloaded.
    const again = open(json, projects);
    expect(again.reloaded).toBe(false);
    expect(again.link.store.canUndo).toBe(true);
    again.link.dispose();
    again.link.store.close();
  });

  it('writes once changes pause, and flushes what is left on close', async () => {
    const { json, projects } = setUp();
    writeJson(json, 'A');
    const quick = open(json, projects, 20);
    quick.link.store.applyCommands(rename('B'));
    quick.link.changed();
    await new Promise((r) => setTimeout(r, 80));
    expect(nameOnDisk(json)).toBe('B');
    quick.link.store.applyCommands(rename('C'));
    quick.link.changed();
    quick.link.dispose(); // closing flushes at once
    expect(nameOnDisk(json)).toBe('C');
    quick.link.store.close();
  });

  it('notices an outside change, holds its writes, and reloads it as one undoable step', () => {
    const { json, projects } = setUp();
    writeJson(json, 'Mine');
    const { link, external } = open(json, projects);
    link.store.applyCommands(rename('My edit'));
    writeJson(json, 'From git'); // a git pull
    link.changed();
    link.flush();
    expect(nameOnDisk(json)).toBe('From git'); // never written over
    expect(external).toEqual([{ json: path.resolve(json), problem: null }]);
    link.check();
    expect(external).toHaveLength(1); // reported once

    const r = link.resolve('reload');
    expect(r.ok).toBe(true);
    expect(link.store.project.name).toBe('From git');
    expect(link.store.history.undoLabel).toBe('Reload bot.json (changed on disk)');
    link.store.undo();
    expect(link.store.project.name).toBe('My edit'); // the edits are back
    link.changed();
    link.flush();
    expect(nameOnDisk(json)).toBe('My edit');
    link.dispose();
    link.store.close();
  });

  it('keeps the open version over an outside change, with the file’s version in the history', () => {
    const { json, projects } = setUp();
    writeJson(json, 'Mine');
    const { link } = open(json, projects);
    link.store.applyCommands(rename('My edit'));
    writeJson(json, 'Theirs');
    expect(link.check()).toBe(true);
    expect(link.resolve('keep-mine').ok).toBe(true);
    expect(nameOnDisk(json)).toBe('My edit');
    link.store.undo();
    expect(link.store.project.name).toBe('Theirs');
    link.dispose();
    link.store.close();
  });

  it('reports a file broken from outside, refuses to reload it, and never writes over it unasked', () => {
    const { json, projects } = setUp();
    writeJson(json, 'Mine');
    const { link, external } = open(json, projects);
    writeFileSync(json, '{ "format": "botloom/1", <<<<<<< HEAD');
    link.store.applyCommands(rename('My edit'));
    link.changed();
    link.flush();
    expect(readFileSync(json, 'utf8')).toContain('<<<<<<<');
    expect(external[0]!.problem).toMatch(/bot\.json/);
    const refused = link.resolve('reload');
    expect(!refused.ok && refused.error.message).toMatch(/cannot be reloaded.*Fix the file and reload/);
    expect(link.store.project.name).toBe('My edit');
    expect(link.resolve('keep-mine').ok).toBe(true);
    expect(nameOnDisk(json)).toBe('My edit');
    link.dispose();
    link.store.close();
  });

  it('brings in a change made while it was closed, as one undoable step', () => {
    const { json, projects } = setUp();
    writeJson(json, 'Before');
    const first = open(json, projects);
    first.link.dispose();
    first.link.store.close();
    writeJson(json, 'After pull');
    const again = open(json, projects);
    expect(again.reloaded).toBe(true);
    expect(again.link.store.project.name).toBe('After pull');
    again.link.store.undo();
    expect(again.link.store.project.name).toBe('Before');
    again.link.dispose();
    again.link.store.close();
  });

  it('treats a file only formatted differently as unchanged, and leaves its formatting until an edit', () => {
    const { json, projects } = setUp();
    writeJson(json, 'Same');
    const first = open(json, projects);
    first.link.dispose();
    first.link.store.close();
    writeJson(json, 'Same', true);
    const hand = readFileSync(json, 'utf8');
    const again = open(json, projects);
    expect(again.reloaded).toBe(false);
    again.link.dispose();
    again.link.store.close();
    expect(readFileSync(json, 'utf8')).toBe(hand);
  });

  it('refuses to open a file that is not a valid project, leaving the working copy as it was', () => {
    const { json, projects } = setUp();
    writeJson(json, 'Good');
    const first = open(json, projects);
    first.link.dispose();
    first.link.store.close();
    writeFileSync(json, '{"format":"botloom/1"}');
    const r = openLinkedJson(json, projects, opts, { pollMs: 0 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/bot\.json/);
    expect(existsSync(workingCopyPath(projects, json))).toBe(true);
  });
});
