// Reading a project table from CSV (docs/file-format.md#importing-a-table-from-csv): types from the header
// or the cells, and a malformed file refused whole, each problem with its line, column and fix.
import { describe, expect, it } from 'vitest';
import { parseTableCsv, tableCsvProblemText, tableToCsv } from '../../../engine/format';
import type { Table } from '../../../engine/model';

const problems = (text: string, existing?: Table) => {
  const r = parseTableCsv(text, { name: 'orders', ...(existing ? { existing } : {}) });
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems.map(tableCsvProblemText);
};

describe('parseTableCsv', () => {
  it('reads columns and rows, inferring number and boolean columns, empty cells left out', () => {
    const r = parseTableCsv('id,total,paid,note\nA-1,12.5,true,\n"B,2",7,FALSE,"say ""hi"""\n', {
      name: 'orders',
    });
    expect(r).toEqual({
      ok: true,
      table: {
        name: 'orders',
        columns: [
          { name: 'id', type: 'text' },
          { name: 'total', type: 'number' },
          { name: 'paid', type: 'boolean' },
          { name: 'note', type: 'text' },
        ],
        rows: [
          { id: 'A-1', total: 12.5, paid: true },
          { id: 'B,2', total: 7, paid: false, note: 'say "hi"' },
        ],
      },
    });
  });

  it('takes a type from the header (zip codes stay text) and reads a one-column file', () => {
    const r = parseTableCsv('zip:text\n0120\n9000\n', { name: 'zips' });
    expect(r.ok && r.table.rows).toEqual([{ zip: '0120' }, { zip: '9000' }]);
  });

  it('round-trips through tableToCsv', () => {
    const table: Table = {
      name: 'orders',
      columns: [
        { name: 'id', type: 'text' },
        { name: 'total', type: 'number' },
      ],
      rows: [{ id: 'a,b', total: 3 }, { id: 'c' }],
    };
    expect(parseTableCsv(tableToCsv(table), { name: 'orders' })).toEqual({ ok: true, table });
  });

  it('keeps the types of the table it replaces, and appends when asked', () => {
    const existing: Table = {
      name: 'orders',
      columns: [
        { name: 'id', type: 'text' },
        { name: 'total', type: 'number' },
      ],
      rows: [{ id: 'old', total: 1 }],
    };
    const r = parseTableCsv('id\n42\n', { name: 'orders', existing, append: true });
    expect(r.ok && r.table.rows).toEqual([{ id: 'old', total: 1 }, { id: '42' }]);
    expect(problems('id,total:text\nx,1\n', existing)).toEqual([
      'line 1, column "total": the table\'s column is number, the header says text: change the header or the column',
    ]);
  });

  it('reports a cell of the wrong type with its line, column and fix', () => {
    expect(problems('id,total:number\nA,12\nB,twelve\n')).toEqual([
      'line 3, column "total": "twelve" is not a number: fix the cell, or declare the column as text in the header (total:text)',
    ]);
  });

  it('reports a line with too many or too few cells', () => {
    expect(problems('id,total\nA,1,extra\nB\n')).toEqual([
      'line 2: the line has 3 cell(s) and the header 2: add or remove separators (quote a cell that holds a comma)',
      'line 3: the line has 1 cell(s) and the header 2: add or remove separators (quote a cell that holds a comma)',
    ]);
  });

  it('reports an unclosed quote, a bad or repeated column name, an unknown type and an empty file', () => {
    expect(problems('id,note\nA,"open\n')[0]).toMatch(/a quoted cell is never closed/);
    expect(problems('id,1st\n')).toEqual([
      'line 1: "1st" is not a column name: a column name must start with a letter or _ and hold up to 64 letters, digits, _ or -',
    ]);
    expect(problems('id,id\n')).toEqual([
      'line 1, column "id": the column appears twice in the header: rename one',
    ]);
    expect(problems('id:date\n')[0]).toMatch(/^line 1, column "id": "id:date" gives an unknown type/);
    expect(problems('\n\n')[0]).toMatch(/^the file is empty/);
  });
});
