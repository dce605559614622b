// Table blocks naming a table or column the project lacks, a retrieve that keeps nothing, and a Send to
// agent block without an Offloading opened block are reported where they are
// (docs/file-format.md#table-block, #human-hand-over).
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../../engine/validate';
import { project, text } from '../../runtime/fixtures';

const orders = {
  name: 'orders',
  columns: [
    { name: 'id', type: 'text' },
    { name: 'total', type: 'number' },
  ],
  rows: [],
};
const withTable = (block: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  project(
    [
      { id: 'step', type: 'table', next: 'done', ...block },
      { id: 'done', type: 'message', messages: [text('Done')] },
    ] as never,
    { tables: [orders], ...more } as never,
  );
const codes = (p: ReturnType<typeof project>) =>
  validateProject(p).map((d) => ({ code: d.code, severity: d.severity, path: d.location.path }));

describe('table and hand-over validation', () => {
  it('reports a table block on a table the project does not have, naming the tables it has', () => {
    const diagnostics = validateProject(withTable({ operation: 'retrieve', table: 'order', saveAs: 'row' }));
    const d = diagnostics.find((x) => x.code === 'unknown-table');
    expect(d).toMatchObject({
      severity: 'error',
      location: { path: 'flows[0].blocks[0].table', blockId: 'step' },
    });
    expect(d!.message).toContain('"orders"');
  });

  it('reports unknown columns in filters and values at each one', () => {
    const p = withTable({
      operation: 'update',
      table: 'orders',
      filters: [
        { column: 'id', operator: 'equals', value: '{order}' },
        { column: 'ident', value: 'x' },
      ],
      values: { total: '12', totl: '13' },
    });
    expect(codes(p).filter((d) => d.code === 'unknown-column')).toEqual([
      { code: 'unknown-column', severity: 'error', path: 'flows[0].blocks[0].filters[1].column' },
      { code: 'unknown-column', severity: 'error', path: 'flows[0].blocks[0].values.totl' },
    ]);
  });

  it('warns about a retrieve that keeps its rows nowhere, and accepts a complete one', () => {
    expect(codes(withTable({ operation: 'retrieve', table: 'orders' }))).toContainEqual({
      code: 'retrieve-without-variable',
      severity: 'warning',
      path: 'flows[0].blocks[0].saveAs',
    });
    const fine = withTable({ operation: 'retrieve', table: 'orders', saveAs: 'row', filters: [] });
    expect(codes(fine).filter((d) => /table|column|retrieve/.test(d.code))).toEqual([]);
  });

  it('warns about a Send to agent block when the project has no Offloading opened block', () => {
    const blocks = [
      { id: 'ask', type: 'message', messages: [text('Connecting you')], next: 'agent' },
      { id: 'agent', type: 'handover' },
      { id: 'opened', type: 'message', messages: [text('An agent is here')] },
    ];
    const without = project(blocks as never);
    expect(codes(without)).toContainEqual({
      code: 'handover-without-opened-block',
      severity: 'warning',
      path: 'flows[0].blocks[1]',
    });
    const withOpened = project(blocks as never, { offloadingOpenedBlock: 'opened' } as never);
    expect(codes(withOpened).map((d) => d.code)).not.toContain('handover-without-opened-block');
  });
});
