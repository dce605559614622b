// The CLI's read-only commands on a .botloom file whose -wal holds committed edits (its writer was
// killed): they see those edits and leave the folder exactly as it was, with no -shm created (issue 18).
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/services/project-store';
import { project } from '../builders';
import { CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const listing = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((name) => `${name} ${readFileSync(path.join(folder, name)).toString('base64')}`);

describe('read-only CLI commands on a file with a -wal', () => {
  it('botloom validate and export read the WAL edits and create no -shm', () => {
    const file = cli.path('work/p.botloom');
    mkdirSync(path.dirname(file));
    const created = createProject(file, project({ name: 'Before' }), {
      autoCheckpointMs: 0,
      heartbeatMs: 0,
      walCheckpointMs: 0,
    });
    if (!created.ok) throw new Error(created.error.message);
    created.value.applyCommands([{ type: 'updateSettings', patch: { name: 'Edited in the WAL' } }]);
    // What kill -9 leaves: the file and its -wal, no -shm.
    const killed = cli.path('killed');
    mkdirSync(killed);
    copyFileSync(file, path.join(killed, 'p.botloom'));
    copyFileSync(`${file}-wal`, path.join(killed, 'p.botloom-wal'));
    created.value.close();

    const before = listing(killed);
    expect(cli.run('validate', 'killed/p.botloom').status).toBe(0);
    const exported = cli.run('export', 'killed/p.botloom', '--to', 'json');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('Edited in the WAL');
    expect(listing(killed)).toEqual(before);
  });
});
