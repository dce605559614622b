// The history's diff in words: what changed in a block ("text changed", "next: A → B"), with blocks
// named as in the compared revisions, else as now, else by id (a deleted block without a name).
import { describe, expect, it } from 'vitest';
import type { ChangeSummary } from '../../../engine/edit';
import { blockNames } from '../../../renderer/blocks/block-names';
import { blockChangeText, diffBlockTitles, fieldChangeText } from '../../../renderer/panels/change-text';

const now = blockNames([{ id: 'ask', name: 'Ask size' }, { id: 'thanks', name: 'Thanks' }, { id: 'plain' }]);

describe('change text', () => {
  it('says what changed in a field, in words, and any other field by its key', () => {
    expect(fieldChangeText({ kind: 'field', field: 'messages' }, now.title)).toBe('text changed');
    expect(fieldChangeText({ kind: 'field', field: 'position' }, now.title)).toBe('moved');
    expect(fieldChangeText({ kind: 'field', field: 'offsetHours' }, now.title)).toBe('offsetHours changed');
    expect(fieldChangeText({ kind: 'field', field: 'toString' }, now.title)).toBe('toString changed');
  });

  it('says where a reference pointed and points, by block name', () => {
    const next = { kind: 'target', slot: 'next', from: 'ask', to: 'thanks' } as const;
    expect(fieldChangeText(next, now.title)).toBe('next: Ask size → Thanks');
    const button = { kind: 'target', slot: 'button', label: 'Yes', from: null, to: 'plain' } as const;
    expect(fieldChangeText(button, now.title)).toBe('button "Yes": none → plain');
    const rule = { kind: 'target', slot: 'rule', label: '2', from: 'gone', to: null } as const;
    expect(fieldChangeText(rule, now.title)).toBe('rule 2: gone → none');
    const onError = { kind: 'target', slot: 'onError', from: null, to: 'ask' } as const;
    expect(fieldChangeText(onError, now.title)).toBe('on error: none → Ask size');
  });

  it('joins a block’s changes, and says "changed" for a summary stored without details', () => {
    const detail = {
      id: 'ask',
      changes: [
        { kind: 'field', field: 'messages' },
        { kind: 'target', slot: 'next', from: 'plain', to: 'thanks' },
      ],
    } as const;
    expect(blockChangeText({ ...detail, changes: [...detail.changes] }, now.title)).toBe(
      'text changed, next: plain → Thanks',
    );
    expect(blockChangeText(undefined, now.title)).toBe('changed');
  });

  it('names blocks as the revisions did, then as now, then by id', () => {
    const summary = {
      blockDetails: [
        { id: 'old', name: 'Old welcome' },
        { id: 'ask', name: 'Ask (then)' },
      ],
    } as unknown as ChangeSummary;
    const title = diffBlockTitles(summary, now);
    expect(title('old')).toBe('Old welcome');
    expect(title('ask')).toBe('Ask (then)');
    expect(title('thanks')).toBe('Thanks');
    expect(title('deleted_unnamed')).toBe('deleted_unnamed');
    expect(diffBlockTitles({} as ChangeSummary, now)('ask')).toBe('Ask size');
  });
});
