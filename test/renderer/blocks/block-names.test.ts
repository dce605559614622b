// Blocks read by name wherever a designer reads: the name, else the id; pickers show a name only when it
// means one block, and accept a name or an id back.
import { describe, expect, it } from 'vitest';
import { blockNames, projectBlockNames } from '../../../renderer/blocks/block-names';
import { message, project } from '../fixtures';

const names = blockNames([
  { id: 'ask_size', name: 'Ask size' },
  { id: 'thanks' },
  { id: 'blank', name: '  ' },
  { id: 'twin_a', name: 'Twin' },
  { id: 'twin_b', name: 'Twin' },
  { id: 'sly', name: 'thanks' },
]);

describe('block names', () => {
  it('reads a block by its name, else its id, also for an id no block has (a deleted block)', () => {
    expect(names.title('ask_size')).toBe('Ask size');
    expect(names.title('thanks')).toBe('thanks');
    expect(names.title('blank')).toBe('blank');
    expect(names.title('gone')).toBe('gone');
    expect(names.titleWithId('ask_size')).toBe('Ask size (ask_size)');
    expect(names.titleWithId('gone')).toBe('gone');
  });

  it('shows a name in a picker only when it means one block and is no other block id', () => {
    expect(names.pickerValue('ask_size')).toBe('Ask size');
    expect(names.pickerValue('twin_a')).toBe('twin_a');
    expect(names.pickerValue('sly')).toBe('sly');
    expect(names.pickerValue('thanks')).toBe('thanks');
  });

  it('resolves a typed id or unique name to the block id, and nothing else', () => {
    expect(names.resolve('ask_size')).toBe('ask_size');
    expect(names.resolve(' Ask size ')).toBe('ask_size');
    expect(names.resolve('thanks')).toBe('thanks');
    expect(names.resolve('Twin')).toBeUndefined();
    expect(names.resolve('Nobody')).toBeUndefined();
  });

  it('lists picker options with the name as value and the id as secondary text', () => {
    expect(names.options().slice(0, 2)).toEqual([
      { id: 'ask_size', value: 'Ask size', name: 'Ask size' },
      { id: 'thanks', value: 'thanks' },
    ]);
  });

  it('computes a project once per flows array', () => {
    const p = project([{ ...message('welcome', 'Hi'), name: 'Welcome' }]);
    expect(projectBlockNames(p)).toBe(projectBlockNames({ ...p }));
    expect(projectBlockNames(p).title('welcome')).toBe('Welcome');
  });
});
