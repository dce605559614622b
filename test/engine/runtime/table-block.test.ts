// Table blocks (docs/file-format.md#table-block): insert, update, retrieve and delete on the
// conversation's own copy of a project table; failures go to onError, else Error occurred.
import { describe, expect, it } from 'vitest';
import type { Json, ProjectInput } from '../../../engine/model';
import { converse, expectValidTrace, project, text, texts, type BlockInput } from './fixtures';

const orders = {
  name: 'orders',
  columns: [
    { name: 'id', type: 'text' as const },
    { name: 'total', type: 'number' as const },
    { name: 'paid', type: 'boolean' as const },
  ],
  rows: [
    { id: 'A-1', total: 12.5, paid: true },
    { id: 'A-2', total: 40, paid: false },
    { id: 'B-7', total: 8, paid: false },
  ],
};

function bot(step: BlockInput, extra: Partial<ProjectInput> = {}) {
  return project(
    [
      { ...step, id: 'step', next: 'ok', onError: 'failed' } as BlockInput,
      { id: 'ok', type: 'message', messages: [text('ok')] },
      { id: 'failed', type: 'message', messages: [text('failed: {lastError}')] },
      { id: 'oops', type: 'message', messages: [text('Error occurred')] },
    ],
    { tables: [orders], errorBlock: 'oops', ...extra },
  );
}

async function run(step: BlockInput, session: Record<string, Json> = {}) {
  const c = converse(bot(step), { session });
  const turn = await c.start();
  expectValidTrace(c.events);
  return { c, turn, said: texts(turn.messages) };
}

describe('Table block: insert', () => {
  it('adds a row with typed cells from templates, only to this conversation', async () => {
    const p = bot({
      id: 'step',
      type: 'table',
      operation: 'insert',
      table: 'orders',
      values: { id: '{order.id}', total: '{order.total}', paid: 'false' },
    });
    const c = converse(p, { session: { order: { id: 'C-3', total: '19.90' } } });
    await c.start();
    expect(c.tables.orders).toHaveLength(4);
    expect(c.tables.orders![3]).toEqual({ id: 'C-3', total: 19.9, paid: false });
    expect(p.tables![0]!.rows).toHaveLength(3);
    expect(converse(p).tables.orders).toHaveLength(3);
    const e = c.events.find((x) => x.type === 'table');
    expect(e).toMatchObject({ table: 'orders', operation: 'insert', count: 1, blockId: 'step' });
  });

  it('refuses a value that does not fit its column and goes to onError, changing nothing', async () => {
    const { c, said } = await run({
      id: 'step',
      type: 'table',
      operation: 'insert',
      table: 'orders',
      values: { id: 'X', total: 'lots' },
    });
    expect(said).toEqual(['failed: step: column "total" holds number values, and "lots" is not one']);
    expect(c.tables.orders).toHaveLength(3);
    expect(c.events.find((e) => e.type === 'error')).toMatchObject({ code: 'table-type-mismatch' });
  });
});

describe('Table block: retrieve', () => {
  it('stores the first matching row, every column present, under saveAs', async () => {
    const { c, said } = await run(
      {
        id: 'step',
        type: 'table',
        operation: 'retrieve',
        table: 'orders',
        filters: [{ column: 'id', operator: 'equals', value: '{ask}' }],
        saveAs: 'found',
      },
      { ask: 'A-2' },
    );
    expect(said).toEqual(['ok']);
    expect(c.session.found).toEqual({ id: 'A-2', total: 40, paid: false });
  });

  it('stores every matching row as an array with retrieve: all (filters all hold)', async () => {
    const { c } = await run({
      id: 'step',
      type: 'table',
      operation: 'retrieve',
      table: 'orders',
      filters: [
        { column: 'paid', operator: 'equals', value: 'false' },
        { column: 'total', operator: 'lessThan', value: '50' },
      ],
      saveAs: 'open',
      retrieve: 'all',
    });
    expect((c.session.open as { id: string }[]).map((r) => r.id)).toEqual(['A-2', 'B-7']);
  });

  it('with no match goes to onError with a message naming the table and the filter', async () => {
    const { c, said } = await run(
      {
        id: 'step',
        type: 'table',
        operation: 'retrieve',
        table: 'orders',
        filters: [{ column: 'id', operator: 'equals', value: '{ask}' }],
        saveAs: 'found',
      },
      { ask: 'Z-9' },
    );
    expect(said).toEqual(['failed: step: retrieve found no row in table "orders" where id equals "Z-9"']);
    expect(c.session.found).toBeUndefined();
    expect(c.events.find((e) => e.type === 'error')).toMatchObject({
      code: 'table-no-match',
      blockId: 'step',
    });
  });

  it('without onError goes to the Error occurred block', async () => {
    const p = project(
      [
        {
          id: 'step',
          type: 'table',
          operation: 'retrieve',
          table: 'orders',
          filters: [{ column: 'total', operator: 'greaterThan', value: '1000' }],
          saveAs: 'found',
          next: 'ok',
        },
        { id: 'ok', type: 'message', messages: [text('ok')] },
        { id: 'oops', type: 'message', messages: [text('Error occurred: {lastError}')] },
      ],
      { tables: [orders], errorBlock: 'oops' },
    );
    const c = converse(p);
    const turn = await c.start();
    expect(texts(turn.messages)).toEqual([
      'Error occurred: step: retrieve found no row in table "orders" where total greaterThan 1000',
    ]);
  });

  it('matches contains without regard to case, and compares numbers as numbers', async () => {
    const { c } = await run({
      id: 'step',
      type: 'table',
      operation: 'retrieve',
      table: 'orders',
      filters: [
        { column: 'id', operator: 'contains', value: 'a-' },
        { column: 'total', operator: 'greaterThan', value: '9' },
      ],
      saveAs: 'rows',
      retrieve: 'all',
    });
    expect((c.session.rows as { id: string }[]).map((r) => r.id)).toEqual(['A-1', 'A-2']);
  });

  it('refuses a filter value of the wrong type and an unknown column', async () => {
    const wrong = await run({
      id: 'step',
      type: 'table',
      operation: 'retrieve',
      table: 'orders',
      filters: [{ column: 'paid', operator: 'equals', value: 'maybe' }],
    });
    expect(wrong.c.events.find((e) => e.type === 'error')).toMatchObject({ code: 'table-type-mismatch' });
    const unknown = await run({
      id: 'step',
      type: 'table',
      operation: 'retrieve',
      table: 'orders',
      filters: [{ column: 'colour', operator: 'equals', value: 'red' }],
    });
    expect(unknown.said[0]).toContain('names column "colour", which table "orders" does not have');
  });
});

describe('Table block: update', () => {
  it('changes the given columns of every matching row', async () => {
    const { c, said } = await run({
      id: 'step',
      type: 'table',
      operation: 'update',
      table: 'orders',
      filters: [{ column: 'paid', operator: 'equals', value: 'false' }],
      values: { paid: 'true' },
    });
    expect(said).toEqual(['ok']);
    expect(c.tables.orders!.map((r) => r.paid)).toEqual([true, true, true]);
    expect(c.events.find((e) => e.type === 'table')).toMatchObject({ operation: 'update', count: 2 });
  });

  it('of a missing row goes to onError and changes nothing', async () => {
    const { c, said } = await run({
      id: 'step',
      type: 'table',
      operation: 'update',
      table: 'orders',
      filters: [{ column: 'id', operator: 'equals', value: 'Q-1' }],
      values: { paid: 'true' },
    });
    expect(said).toEqual(['failed: step: update found no row in table "orders" where id equals "Q-1"']);
    expect(c.tables.orders).toEqual(orders.rows);
  });
});

describe('Table block: delete', () => {
  it('removes every matching row', async () => {
    const { c } = await run({
      id: 'step',
      type: 'table',
      operation: 'delete',
      table: 'orders',
      filters: [{ column: 'id', operator: 'notEquals', value: 'A-1' }],
    });
    expect(c.tables.orders).toEqual([orders.rows[0]]);
  });

  it('of a missing row goes to onError', async () => {
    const { said } = await run({
      id: 'step',
      type: 'table',
      operation: 'delete',
      table: 'orders',
      filters: [{ column: 'id', operator: 'equals', value: 'nope' }],
    });
    expect(said[0]).toMatch(/^failed: step: delete found no row/);
  });

  it('on a table the project does not have fails with table-unknown', async () => {
    const { c, said } = await run({ id: 'step', type: 'table', operation: 'delete', table: 'stock' });
    expect(said[0]).toContain('uses table "stock", which the project does not have');
    expect(c.events.find((e) => e.type === 'error')).toMatchObject({ code: 'table-unknown' });
  });
});
