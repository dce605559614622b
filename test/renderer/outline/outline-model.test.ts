import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../engine/validate';
import {
  filterRows,
  FLOW_ORDER,
  nextSort,
  NO_FILTER,
  outlineRows,
  sortRows,
} from '../../../renderer/outline/outline-model';
import { api, flow, goto, message, project, rule } from '../../builders';

// welcome → menu; menu's buttons → order, help; order → api(error → oops); help and oops → menu.
const bot = project({
  flows: [
    flow('main', [
      message('welcome', { text: 'Hello there', next: 'menu' }),
      message('menu', {
        name: 'Main menu',
        messages: [
          {
            kind: 'buttons',
            text: 'What now?',
            buttons: [
              { title: 'Order', goTo: 'order' },
              { title: 'Help', goTo: 'help' },
            ],
          },
        ],
      }),
      api('order', { url: 'https://shop.example/order', onError: 'oops', next: 'menu' }),
      message('help', { text: 'Ask me anything', next: 'menu' }),
    ]),
    flow('errors', [
      message('oops', { text: 'Something broke', next: 'menu' }),
      goto('route', { rules: [rule({ var: 'x', op: 'eq', value: 1 }, 'welcome')] }),
    ]),
  ],
});

const diag = (blockId: string, severity: Diagnostic['severity'], message = 'fix it'): Diagnostic => ({
  code: 'dangling-reference',
  severity,
  message,
  location: { blockId, path: '' },
});

describe('outline rows', () => {
  const rows = outlineRows(bot, 'main', [diag('order', 'warning'), diag('help', 'error', 'broken')], null);
  const byId = new Map(rows.map((r) => [r.id, r]));

  it('lists the blocks of one flow in flow order with type, name and first text', () => {
    expect(rows.map((r) => r.id)).toEqual(['welcome', 'menu', 'order', 'help']);
    expect(byId.get('menu')).toMatchObject({
      title: 'Main menu',
      typeLabel: 'Message',
      firstText: 'What now?',
    });
    expect(byId.get('welcome')!.title).toBe('welcome');
  });

  it('counts references in from every flow and out of the block', () => {
    // menu: from welcome, order (next), help, and oops in the other flow.
    expect(byId.get('menu')).toMatchObject({ incoming: 4, outgoing: 2 });
    expect(byId.get('welcome')).toMatchObject({ incoming: 1, outgoing: 1 });
    expect(byId.get('order')).toMatchObject({ incoming: 1, outgoing: 2 });
  });

  it('counts problems by severity and keeps the worst message; coverage is unknown without a run', () => {
    expect(byId.get('help')).toMatchObject({ errors: 1, warnings: 0, problem: 'broken' });
    expect(byId.get('order')).toMatchObject({ errors: 0, warnings: 1 });
    expect(rows.every((r) => r.coverage === 'unknown')).toBe(true);
    const covered = outlineRows(bot, 'main', [], { visited: ['welcome'], missed: ['menu'] });
    expect(covered.map((r) => r.coverage)).toEqual(['covered', 'missed', 'unknown', 'unknown']);
  });

  it('filters by text (id, name, type or first text), by type and by having problems', () => {
    const ids = (f: Partial<typeof NO_FILTER>) => filterRows(rows, { ...NO_FILTER, ...f }).map((r) => r.id);
    expect(ids({ text: 'MAIN' })).toEqual(['menu']);
    expect(ids({ text: 'anything' })).toEqual(['help']);
    expect(ids({ text: 'api' })).toEqual(['order']);
    expect(ids({ type: 'message' })).toEqual(['welcome', 'menu', 'help']);
    expect(ids({ problemsOnly: true })).toEqual(['order', 'help']);
    expect(ids({ type: 'message', problemsOnly: true, text: 'h' })).toEqual(['help']);
  });

  it('sorts by a column, stably, both ways, and back to flow order', () => {
    const ids = (key: Parameters<typeof sortRows>[1]['key'], direction: 'ascending' | 'descending') =>
      sortRows(rows, { key, direction }).map((r) => r.id);
    expect(ids('incoming', 'descending')).toEqual(['menu', 'welcome', 'order', 'help']);
    expect(ids('title', 'ascending')).toEqual(['help', 'menu', 'order', 'welcome']);
    expect(ids('problems', 'descending')).toEqual(['help', 'order', 'welcome', 'menu']);
    expect(ids('outgoing', 'ascending')).toEqual(['welcome', 'help', 'menu', 'order']);
    expect(sortRows(rows, FLOW_ORDER).map((r) => r.id)).toEqual(['welcome', 'menu', 'order', 'help']);
  });

  it('cycles a header: first direction, the other, then flow order', () => {
    let sort = nextSort(FLOW_ORDER, 'title');
    expect(sort).toEqual({ key: 'title', direction: 'ascending' });
    sort = nextSort(sort, 'title');
    expect(sort).toEqual({ key: 'title', direction: 'descending' });
    expect(nextSort(sort, 'title')).toEqual(FLOW_ORDER);
    expect(nextSort(sort, 'problems')).toEqual({ key: 'problems', direction: 'descending' });
  });

  it('builds, filters and sorts 5,000 rows quickly', () => {
    const blocks = Array.from({ length: 5000 }, (_, i) =>
      message(`b${i}`, { text: `Text ${i}`, next: `b${(i + 1) % 5000}` }),
    );
    const big = project({ blocks });
    const start = performance.now();
    const all = outlineRows(big, 'main', [], null);
    const shown = sortRows(filterRows(all, { ...NO_FILTER, text: 'text 4' }), {
      key: 'title',
      direction: 'descending',
    });
    expect(all).toHaveLength(5000);
    expect(shown[0]!.id).toBe('b4999');
    // A loose budget (shared machines are noisy): typing in the filter must not stall the table.
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
