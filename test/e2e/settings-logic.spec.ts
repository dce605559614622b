// The project settings that change how the engine reads a bot (issue 13), end to end: the expression
// syntax checkbox decides whether `{CAPITALIZE(name)}` is computed or sent as written, and the longest
// message understood sends a longer typed message to Not understood, in the simulator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, startServe, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

// Without `settings`, as every file written before the switch existed: the syntax is off.
const bot = {
  format: 'botloom/1',
  name: 'Greeter',
  startBlock: 'ask_name',
  fallbackBlock: 'not_understood',
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        {
          id: 'ask_name',
          type: 'input',
          position: { x: 0, y: 0 },
          prompt: [{ kind: 'text', text: 'What is your name?' }],
          variable: 'name',
          next: 'hello',
        },
        {
          id: 'hello',
          type: 'message',
          position: { x: 400, y: 0 },
          messages: [{ kind: 'text', text: 'Hello {CAPITALIZE(name)}!' }],
        },
        {
          id: 'not_understood',
          type: 'message',
          position: { x: 0, y: 320 },
          messages: [{ kind: 'text', text: 'Sorry, that was too much for me.' }],
          next: 'ask_name',
        },
      ],
    },
  ],
};

const test = base.extend<{ botHost: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  botHost: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-settings-'));
    const file = path.join(dir, 'greeter.json');
    writeFileSync(file, JSON.stringify(bot, null, 2));
    const host = await startServe([file]);
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  },
});

const lastBot = (page: Page) => page.getByTestId('chat-bot').last();

/** Restarts the simulator, answers the name question and waits for the bot's reply. */
async function greet(page: Page, name: string): Promise<void> {
  await page.getByTestId('sim-restart').click();
  await expect(lastBot(page)).toHaveText('What is your name?');
  await page.getByTestId('chat-input').fill(name);
  await page.getByTestId('chat-input').press('Enter');
}

test('the expression syntax checkbox turns {CAPITALIZE(name)} from literal text into a computed one', async ({
  page,
  botHost,
}) => {
  await page.goto(botHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();

  await greet(page, 'ada');
  await expect(lastBot(page)).toHaveText('Hello {CAPITALIZE(name)}!');

  await page.getByTestId('tab-settings').click();
  const checkbox = page.getByTestId('settings-expression-syntax');
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await expect(checkbox).toBeChecked();
  await greet(page, 'ada');
  await expect(lastBot(page)).toHaveText('Hello Ada!');

  // Undo brings the setting back, and with it the literal text.
  await new CanvasPage(page).focusCanvas();
  await page.keyboard.press('ControlOrMeta+Z');
  await page.getByTestId('tab-settings').click();
  await expect(checkbox).not.toBeChecked();
  await greet(page, 'ada');
  await expect(lastBot(page)).toHaveText('Hello {CAPITALIZE(name)}!');

  await checkbox.check();
  await greet(page, 'grace HOPPER');
  await expect(lastBot(page)).toHaveText('Hello Grace hopper!');
  await checkbox.uncheck();
  await greet(page, 'grace');
  await expect(lastBot(page)).toHaveText('Hello {CAPITALIZE(name)}!');
});

test('a typed message longer than the maximum set in the settings goes to Not understood', async ({
  page,
  botHost,
}) => {
  await page.goto(botHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('tab-settings').click();
  await new CanvasPage(page).fill('settings-max-message-length', '10');

  await greet(page, 'Ada Lovelace, Countess');
  await expect(lastBot(page)).toHaveText('What is your name?');
  await expect(page.getByTestId('chat-log')).toContainText('Sorry, that was too much for me.');
  await page.getByTestId('sim-tab-trace').click();
  await expect(page.getByTestId('trace-list')).toContainText(
    "the message has 22 characters, more than the project's limit of 10: it goes to Not understood",
  );

  await page.getByTestId('chat-input').fill('Ada');
  await page.getByTestId('chat-input').press('Enter');
  await expect(lastBot(page)).toHaveText('Hello {CAPITALIZE(name)}!');
});
