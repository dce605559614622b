// The expectTable test step (docs/file-format.md#conversation-tests): each test starts from the project's
// rows and can assert what its own copy of a table holds.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../engine/runtime';
import { runConversationTest } from '../../../engine/testing/run-test';
import type { Project } from '../../../engine/model';
import { ConversationTest } from '../../../engine/model';
import { noCode, noHttp, project, text } from '../runtime/fixtures';

const bot: Project = project(
  [
    { id: 'ask', type: 'input', variable: 'name', prompt: [text('Name?')], next: 'save' },
    {
      id: 'save',
      type: 'table',
      operation: 'insert',
      table: 'guests',
      values: { name: '{name}' },
      next: 'done',
    },
    { id: 'done', type: 'message', messages: [text('Saved {name}')] },
  ],
  { tables: [{ name: 'guests', columns: [{ name: 'name', type: 'text' }], rows: [{ name: 'Ann' }] }] },
);

const env = { http: noHttp, codeRunner: noCode, clock: fixedClock(), now: () => 0 };
const runSteps = (steps: unknown[], index = 0) =>
  runConversationTest(bot, ConversationTest.parse({ name: `t${index}`, steps }), index, env);

describe('expectTable', () => {
  it('passes on the rows, contained rows and count of the conversation copy', async () => {
    const r = await runSteps([
      { user: 'Bob' },
      { expectTable: { table: 'guests', rows: [{ name: 'Ann' }, { name: 'Bob' }] } },
      { expectTable: { table: 'guests', contains: [{ name: 'Bob' }], count: 2 } },
    ]);
    expect(r.status).toBe('passed');
  });

  it('starts every test from the project rows', async () => {
    await runSteps([{ user: 'Bob' }]);
    const r = await runSteps([{ expectTable: { table: 'guests', count: 1 } }], 1);
    expect(r.status).toBe('passed');
    expect(bot.tables![0]!.rows).toEqual([{ name: 'Ann' }]);
  });

  it('fails with what the table holds', async () => {
    const r = await runSteps([
      { user: 'Bob' },
      { expectTable: { table: 'guests', contains: [{ name: 'Cy' }] } },
    ]);
    expect(r.failure).toMatchObject({
      step: 2,
      expected: 'table "guests" has a row with {"name":"Cy"}',
      actual: 'no row matches; its rows: {"name":"Ann"}, {"name":"Bob"}',
    });
    const order = await runSteps([
      { user: 'Bob' },
      { expectTable: { table: 'guests', rows: [{ name: 'Bob' }] } },
    ]);
    expect(order.failure).toMatchObject({
      expected: 'table "guests" row 1 is {"name":"Bob"} (1 row(s) in all)',
      actual: 'row 1 is {"name":"Ann"} (2 row(s) in all)',
    });
    const missing = await runSteps([{ expectTable: { table: 'stock', count: 0 } }]);
    expect(missing.failure?.actual).toBe('the project has no table "stock" (its tables: guests)');
  });

  it('refuses a step that checks nothing', () => {
    expect(
      ConversationTest.safeParse({ name: 'x', steps: [{ expectTable: { table: 'guests' } }] }).success,
    ).toBe(false);
  });
});
