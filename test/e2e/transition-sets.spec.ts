// Variables set on transitions in the app (issue 13): a designer adds a not-understood counter on the
// else of the Not understood Go To, sees it on the edge, runs the simulator and sees the counter and
// its `set` events; then chooses the Error occurred block in the settings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, startServe, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const bot = {
  format: 'botloom/1',
  name: 'Counter bot',
  startBlock: 'ask',
  fallbackBlock: 'not_understood',
  variables: [{ name: 'misses', default: 0 }],
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        {
          id: 'ask',
          type: 'message',
          position: { x: 0, y: 0 },
          messages: [{ kind: 'buttons', text: 'Tea or coffee?', buttons: [{ title: 'Tea', goTo: 'done' }] }],
        },
        {
          id: 'not_understood',
          type: 'goto',
          position: { x: 0, y: 320 },
          rules: [],
          else: 'sorry',
        },
        {
          id: 'sorry',
          type: 'message',
          position: { x: 400, y: 320 },
          messages: [{ kind: 'text', text: 'Sorry ({misses})' }],
          next: 'ask',
        },
        {
          id: 'done',
          type: 'message',
          position: { x: 400, y: 0 },
          messages: [{ kind: 'text', text: 'Enjoy!' }],
        },
        {
          id: 'oops',
          type: 'message',
          position: { x: 800, y: 0 },
          messages: [{ kind: 'text', text: 'Oops' }],
        },
      ],
    },
  ],
};

const test = base.extend<{ botHost: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  botHost: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-sets-'));
    const file = path.join(dir, 'counter.json');
    writeFileSync(file, JSON.stringify(bot, null, 2));
    const host = await startServe([file]);
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  },
});

test('a designer counts misunderstandings on an else and sees it on the edge and in the simulator', async ({
  page,
  botHost,
}) => {
  const canvas = new CanvasPage(page);
  await page.goto(botHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();

  await canvas.select('not_understood');
  await page.getByTestId('sets-else-add').click();
  await canvas.fill('sets-else-0-variable', 'misses');
  await canvas.fill('sets-else-0-value', '{misses|increment}');
  await expect(page.locator('.react-flow__edge.edge-sets')).toContainText('misses = {misses|increment}');

  // A second set, moved up: order is kept and shown as "+1".
  await page.getByTestId('sets-else-add').click();
  await canvas.fill('sets-else-1-variable', 'last_miss');
  await canvas.fill('sets-else-1-value', '{lastUserMessage}');
  await page.getByRole('button', { name: 'Move set 2 on else up' }).click();
  await expect(page.locator('.react-flow__edge.edge-sets')).toContainText(
    'last_miss = {lastUserMessage} (+1)',
  );

  await page.getByTestId('sim-restart').click();
  await expect(page.getByTestId('chat-bot').last()).toContainText('Tea or coffee?');
  await page.getByTestId('chat-input').fill('milk please');
  await page.getByTestId('chat-input').press('Enter');
  await expect(page.getByTestId('chat-log')).toContainText('Sorry (1)');
  await page.getByTestId('sim-tab-session').click();
  await expect(page.getByTestId('session-value-misses')).toHaveText('1');
  await expect(page.getByTestId('session-value-last_miss')).toHaveText('"milk please"');
  await page.getByTestId('sim-tab-trace').click();
  await expect(page.getByTestId('trace-list')).toContainText(
    'set misses = 1 (was 0) on leaving not_understood',
  );

  // Undo removes the last edit (the move), as one step.
  await canvas.focusCanvas();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.locator('.react-flow__edge.edge-sets')).toContainText('misses = {misses|increment} (+1)');
});

test('a designer chooses the Error occurred block in the settings and sees it marked', async ({
  page,
  botHost,
}) => {
  const canvas = new CanvasPage(page);
  await page.goto(botHost.url);
  await expect(canvas.block('ask')).toBeVisible();
  await expect(page.getByTestId('default-ask')).toHaveText('Introduction');
  await expect(page.getByTestId('default-not_understood')).toHaveText('Not understood');
  await expect(page.getByTestId('default-done')).toHaveCount(0);
  await page.getByTestId('tab-settings').click();
  await canvas.fill('settings-error', 'done');
  await expect(page.getByTestId('default-done')).toHaveText('Error occurred');
});
