// One shape of a change summary: the engine's zod schema is the one the host contract carries, and it
// reads back what summarizeDiff and the host's summarizeChanges write; zod issues read one way everywhere.
import { describe, expect, it } from 'vitest';
import { ChangeSummary, DiffSummary, parseCommand, summarizeDiff } from '../../../engine/edit';
import { zodIssuePath, zodIssueText } from '../../../engine/model';
import { contract, issuesFromZod } from '../../../electron/api';
import { summarizeChanges } from '../../../electron/services/project-store/change-summary';
import { apply, pizzaProject } from './fixtures';

describe('change summary schema', () => {
  it('is the schema of the contract, and reads back both summaries', () => {
    expect(contract['projects.diffRevisions'].output).toBe(ChangeSummary);
    expect(contract['projects.history'].output.element.shape.summary).toBe(ChangeSummary);
    const { diff } = apply(pizzaProject(), { type: 'renameBlock', from: 'welcome', to: 'hello' });
    const lists = summarizeDiff(diff);
    expect(DiffSummary.strict().parse(lists)).toEqual(lists);
    const summary = summarizeChanges(diff);
    expect(ChangeSummary.strict().parse(summary)).toEqual(summary);
    expect(summary.blocksRenamed).toEqual([{ from: 'welcome', to: 'hello' }]);
  });
});

describe('change summary text', () => {
  it('names notes and frames as such, not as settings', () => {
    const note = { id: 'n', flow: 'main', position: { x: 0, y: 0 }, text: 'Hi' };
    const { diff } = apply(pizzaProject(), { type: 'setNote', note });
    expect(summarizeChanges(diff).text).toBe('notes changed');
    const both = apply(pizzaProject(), { type: 'updateSettings', patch: { name: 'Renamed' } }).diff;
    expect(summarizeChanges({ ops: [...diff.ops, ...both.ops] }).text).toBe(
      'notes changed; settings changed (name)',
    );
  });
});

describe('zod issues in words', () => {
  it('writes the JSON path, and nothing at the root', () => {
    const issue = { path: ['flows', 0, 'blocks', 2, 'Content-Type'], message: 'Invalid input' };
    expect(zodIssuePath(issue)).toBe('flows[0].blocks[2]["Content-Type"]');
    expect(zodIssueText(issue)).toBe(' at flows[0].blocks[2]["Content-Type"]: Invalid input');
    expect(zodIssueText({ path: [], message: 'Invalid input' })).toBe(': Invalid input');
    expect(zodIssuePath({ path: [], message: 'x' }, '(root)')).toBe('(root)');
  });

  it('is how the engine and the host say a command is wrong', () => {
    const parsed = parseCommand({ type: 'moveBlocks', moves: [{ id: 'a', position: { x: 'far', y: 0 } }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toMatch(/^The command is not valid at moves\[0\]\.position\.x: /);
    const schema = contract['projects.open'].input;
    const bad = schema.safeParse({ path: '', extra: 1 });
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(issuesFromZod(bad.error).map((i) => i.path)).toEqual(expect.arrayContaining(['path', '(root)']));
  });
});
