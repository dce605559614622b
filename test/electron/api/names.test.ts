import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES } from '../../../electron/api';
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../../../electron/api/names';

describe('preload allow-list', () => {
  it('lists exactly the contract methods (add new methods to electron/api/names.ts)', () => {
    expect([...METHOD_NAME_LIST].sort()).toEqual([...METHOD_NAMES].sort());
  });
  it('lists exactly the contract events', () => {
    expect([...EVENT_NAME_LIST].sort()).toEqual([...EVENT_NAMES].sort());
  });
});
