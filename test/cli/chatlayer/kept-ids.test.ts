// The Chatlayer ids kept beside a hand-formatted .json project: read back (the project's own ids win),
// merged into the project the live commands use, and a damaged file refused by name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptIdsFile, projectWithKeptIds, readKeptIds, withKeptIds } from '../../../cli/chatlayer/kept-ids';
import { message, project } from '../../builders';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-kept-ids-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bot = () =>
  project({
    blocks: [message('welcome'), message('bye')],
    chatlayer: { botId: 'b', ids: { welcome: 'w-own' } },
  });
const keep = (ids: Record<string, string>) =>
  writeFileSync(
    keptIdsFile(path.join(dir, 'bot.json')),
    JSON.stringify({ format: 'botloom-chatlayer-ids/1', project: 'bot.json', ids }),
  );

describe('Chatlayer ids kept beside a project', () => {
  it('names the file after the project, in its folder', () => {
    expect(keptIdsFile(path.join(dir, 'shop.JSON'))).toBe(path.join(dir, 'shop.chatlayer-ids.json'));
  });

  it("adds the kept ids to the project's, where the project has none", () => {
    keep({ welcome: 'w-kept', bye: 'b-kept' });
    const merged = projectWithKeptIds(path.join(dir, 'bot.json'), bot());
    expect(merged.chatlayer).toEqual({ botId: 'b', ids: { welcome: 'w-own', bye: 'b-kept' } });
    expect(withKeptIds(bot(), {})).toEqual(bot());
  });

  it('reads nothing for a .botloom project or when there is no file', () => {
    keep({ bye: 'b-kept' });
    expect(readKeptIds(path.join(dir, 'bot.botloom'))).toEqual({});
    expect(readKeptIds(path.join(dir, 'other.json'))).toEqual({});
  });

  it('refuses a file of another format or with an id that is not a block id, naming it', () => {
    writeFileSync(keptIdsFile(path.join(dir, 'bot.json')), JSON.stringify({ format: 'x', ids: {} }));
    expect(() => readKeptIds(path.join(dir, 'bot.json'))).toThrow(
      /bot\.chatlayer-ids\.json cannot be read: format: .*repair it, or move it away/,
    );
    keep({ 'not a block id': 'x' });
    expect(() => readKeptIds(path.join(dir, 'bot.json'))).toThrow(/cannot be read: ids\.not a block id/);
  });
});
