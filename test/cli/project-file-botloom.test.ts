import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBotloomFile, saveBotloomFile } from '../../cli/project-file-botloom';
import { openProject } from '../../electron/services/project-store';
import { smallProject } from '../electron/services/project-store/sample-project';

let dir = '';
const temp = () => (dir ||= mkdtempSync(path.join(os.tmpdir(), 'botloom-cli-file-')));
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('.botloom files in the CLI', () => {
  it('saves a new file and loads the same project back', () => {
    const file = path.join(temp(), 'bot.botloom');
    expect(saveBotloomFile(file, smallProject())).toEqual({ ok: true, revision: 0 });
    const loaded = loadBotloomFile(file);
    expect(loaded.ok && loaded.project).toEqual(smallProject());
  });

  it('saving over an existing file keeps its history: the replace is an undoable step', () => {
    const file = path.join(temp(), 'bot.botloom');
    saveBotloomFile(file, smallProject());
    const saved = saveBotloomFile(file, smallProject('Renamed bot'));
    expect(saved).toEqual({ ok: true, revision: 1 });
    const opened = openProject(file, { autoCheckpointMs: 0 });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.project.name).toBe('Renamed bot');
    opened.value.undo();
    expect(opened.value.project.name).toBe('Pizza bot');
    opened.value.close();
  });

  it('reports a file that is not a project with its code and leaves it unchanged', () => {
    const file = path.join(temp(), 'notes.botloom');
    writeFileSync(file, 'hello');
    const r = loadBotloomFile(file);
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'not-sqlite', file }] });
    expect(readFileSync(file, 'utf8')).toBe('hello');
  });
});
