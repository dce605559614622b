// The Tables panel's gestures (renderer/panels/table-edits.ts): typed cells, renames that carry the cells,
// and refusals that say why.
import { describe, expect, it } from 'vitest';
import type { Table } from '../../../engine/model';
import {
  addTable,
  removeColumn,
  renameColumn,
  renameTable,
  retypeColumn,
  setCell,
} from '../../../renderer/panels/table-edits';

const tables: Table[] = [
  {
    name: 'orders',
    columns: [
      { name: 'id', type: 'text' },
      { name: 'total', type: 'text' },
    ],
    rows: [
      { id: 'A', total: '12' },
      { id: 'B', total: 'n/a' },
    ],
  },
];

describe('table edits', () => {
  it('types a cell by its column and refuses one that does not fit', () => {
    const typed = retypeColumn(tables, 0, 1, 'number');
    expect(typed).toBe('Row 2: "n/a" is not a number. Change the cell first, or keep the column text.');
    const fixed = setCell(tables, 0, 1, 'total', '');
    if (typeof fixed === 'string') throw new Error(fixed);
    const numbers = retypeColumn(fixed, 0, 1, 'number');
    if (typeof numbers === 'string') throw new Error(numbers);
    expect(numbers[0]!.rows).toEqual([{ id: 'A', total: 12 }, { id: 'B' }]);
    expect(setCell(numbers, 0, 0, 'total', 'twelve')).toBe('"twelve" is not a number.');
  });

  it('renames a column with its cells, and refuses bad or taken names', () => {
    const renamed = renameColumn(tables, 0, 0, 'ref');
    expect(typeof renamed !== 'string' && renamed[0]!.rows[0]).toEqual({ ref: 'A', total: '12' });
    expect(renameColumn(tables, 0, 0, 'total')).toBe('The table already has a column "total".');
    expect(renameTable(tables, 0, '1x')).toMatch(/must start with a letter/);
    expect(removeColumn(removeColumn(tables, 0, 0) as Table[], 0, 0)).toBe(
      'A table needs at least one column.',
    );
  });

  it('adds a table with a fresh name', () => {
    expect(addTable(tables).map((t) => t.name)).toEqual(['orders', 'table_2']);
  });
});
