// The export and import of Table blocks and project tables (docs/chatlayer.md#tables): Botloom's own
// action layout and botloom.tables, each with a warning, since Chatlayer's layout is not documented.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import type { Table } from '../../../../engine/model';
import { message, project } from '../../../builders';
import { BLOCK_BUILDERS } from '../../../builders/kinds';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

const orders: Table = {
  name: 'orders',
  columns: [
    { name: 'id', type: 'text' },
    { name: 'total', type: 'number' },
  ],
  rows: [{ id: 'A-1', total: 3 }],
};
const bot = () => ({
  ...project({
    blocks: [
      BLOCK_BUILDERS.table.build('find', { next: 'bye', onError: 'bye', retrieve: 'all' }),
      message('bye'),
    ],
  }),
  tables: [orders],
});

describe('Chatlayer export of Table blocks', () => {
  it('writes a table action with its fields and onError in botloom, and warns', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(5) }));
    expect(byLabel(r, 'find')).toMatchObject({
      type: 'action',
      action: {
        type: 'table',
        operation: 'retrieve',
        table: 'orders',
        filters: [{ column: 'id', operator: 'equals', value: '{order.id}' }],
        saveAs: 'order.row',
        retrieve: 'all',
      },
      nextDialogstateId: byLabel(r, 'bye').id,
      botloom: { onErrorDialogstateId: byLabel(r, 'bye').id },
    });
    expect(r.bot.botloom.tables).toEqual([orders]);
    const warnings = r.warnings.map((w) => w.message).join('\n');
    expect(warnings).toContain('is a Tables retrieve step on "orders"');
    expect(warnings).toContain('table orders (1 row) travels in botloom.tables');
  });

  it('imports back the same block and tables', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(5) }));
    const back = importChatlayerBot(r.text);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const find = back.project.flows[0]!.blocks.find((b) => b.id === 'find');
    expect(find).toMatchObject({
      type: 'table',
      operation: 'retrieve',
      retrieve: 'all',
      onError: 'bye',
      next: 'bye',
    });
    expect(back.project.tables).toEqual([orders]);
  });
});
