// The simulator end to end (issue 7), as a designer uses it on the pizza example: converse through
// buttons and typed input, watch the highlighted block move, inspect and edit a session variable, stop
// at a breakpoint and step, save the conversation as a test and run it green, then change a message
// and see the test fail with a pointer to its block. Also: a code block stuck in a loop.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, startServe, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

function hostFor(prepare: (dir: string) => string) {
  return base.extend<{ botHost: WebHostProcess }>({
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
    botHost: async ({}, use) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-sim-'));
      const host = await startServe([prepare(dir)]);
      await use(host);
      host.process.kill('SIGTERM');
      rmSync(host.dataDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

const pizza = hostFor((dir) => {
  const file = path.join(dir, 'pizza-order.json');
  copyFileSync('examples/pizza-order.json', file);
  return file;
});

const lastBot = (page: Page) => page.getByTestId('chat-bot').last();

async function choose(page: Page, title: string) {
  await page.getByTestId('chat-choice').filter({ hasText: title }).last().click();
}

pizza(
  'a designer converses, debugs, saves a test and sees it fail after an edit',
  async ({ page, botHost }) => {
    const canvas = new CanvasPage(page);
    await page.goto(botHost.url);
    await expect(page.getByTestId('flow-canvas')).toBeVisible();
    await expect(page.getByTestId('sim-mode-mocked')).toHaveAttribute('aria-checked', 'true');

    await page.getByTestId('sim-restart').click();
    await expect(page.getByTestId('chat-log')).toContainText('Welcome to Pizza Palace!');
    await expect(lastBot(page)).toContainText('What would you like to do?');
    await expect(canvas.block('welcome')).toHaveClass(/sim-current/);

    // Buttons, then the highlight moves with the bot.
    await choose(page, 'Order a pizza');
    await expect(lastBot(page)).toContainText('Which pizza would you like?');
    await expect(canvas.block('choose_pizza')).toHaveClass(/sim-current/);
    // The canvas mounts only the blocks in view (issue 17): bring the welcome block into view to see it marked.
    await canvas.focusCanvas();
    await page.keyboard.press('ControlOrMeta+K');
    await page.getByTestId('search-input').fill('welcome');
    await page.keyboard.press('Enter');
    await expect(canvas.block('welcome')).toHaveClass(/sim-visited/);
    await choose(page, 'Margherita');
    await choose(page, 'Large');
    await expect(lastBot(page)).toContainText('How many large margherita pizzas would you like?');
    await expect(canvas.block('ask_quantity')).toHaveClass(/sim-current/);

    // Typed input, then the API call appears in the HTTP log as mocked.
    await page.getByTestId('chat-input').fill('2');
    await page.getByTestId('chat-input').press('Enter');
    await expect(lastBot(page)).toContainText('2 × large margherita: €24.70. Shall I place the order?');
    await expect(canvas.block('confirm_order')).toHaveClass(/sim-current/);
    await page.getByTestId('sim-tab-http').click();
    await expect(page.getByTestId('http-log')).toContainText('/stock/MARG');
    await expect(page.getByTestId('http-log')).toContainText('mocked');

    // The session inspector: see a value, edit it, see the change listed.
    await page.getByTestId('sim-tab-session').click();
    await expect(page.getByTestId('session-value-order.quantity')).toHaveText('2');
    await page.getByTestId('session-value-order.pizza').click();
    await page.getByTestId('session-edit-order.pizza').fill('quattro');
    await page.getByTestId('session-edit-order.pizza').press('Enter');
    await expect(page.getByTestId('session-value-order.pizza')).toHaveText('"quattro"');
    await expect(page.getByTestId('session-changes')).toContainText(
      'order.pizza: "margherita" → "quattro" (debugger)',
    );

    // A breakpoint on place_order, found with search; the bot stops before it; step; continue.
    await canvas.focusCanvas();
    await page.keyboard.press('ControlOrMeta+K');
    await page.getByTestId('search-input').fill('place_order');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'place_order');
    await page.getByTestId('sim-breakpoint').click();
    await expect(page.getByTestId('breakpoint-place_order')).toBeVisible();
    await choose(page, 'Yes, place it');
    await expect(page.getByTestId('sim-status')).toHaveText('Paused before place_order');
    await expect(canvas.block('place_order')).toHaveClass(/sim-paused/);
    await page.getByTestId('sim-step').click();
    await expect(page.getByTestId('sim-status')).toHaveText('Paused before order_placed');
    await page.getByTestId('sim-continue').click();
    await expect(page.getByTestId('sim-status')).toHaveText('Waiting at anything_else');
    await expect(page.getByTestId('chat-log')).toContainText(
      'Thank you! Your order #A1042 will arrive in about 35 minutes.',
    );
    await page.getByTestId('sim-breakpoint').click(); // off again

    // Save as test and run all tests: the new one passes with the example's own tests.
    await page.getByTestId('save-test-name').fill('designer conversation');
    await page.getByTestId('save-test').click();
    await expect(page.getByTestId('save-test-message')).toContainText(
      'Saved as test "designer conversation".',
    );
    await expect(page.getByTestId('save-test-message')).toContainText('edited in the debugger');
    await page.getByTestId('sim-tab-tests').click();
    await page.getByTestId('tests-run').click();
    const mine = page.getByTestId('test-result').filter({ hasText: 'designer conversation' });
    await expect(mine).toHaveAttribute('data-status', 'passed');
    await expect(page.getByTestId('tests-summary')).toContainText('8 passed, 0 failed');
    await expect(page.getByTestId('coverage-percent')).toHaveText(/^\d+(\.\d)?%$/);
    await page.getByTestId('coverage-toggle').check();
    // Following the bot left the view on the conversation's last page: bring the first block back.
    await canvas.show('welcome');
    await expect(canvas.block('welcome')).toHaveClass(/coverage-hit/);

    // Change a message the test expects: the run fails and points at the block.
    await canvas.show('choose_pizza');
    await canvas.select('choose_pizza');
    await canvas.fill('message-0-text', 'Which pizza do you fancy?');
    await page.getByTestId('tests-run').click();
    await expect(mine).toHaveAttribute('data-status', 'failed');
    await expect(mine).toContainText('expected "Which pizza would you like?"');
    await mine.getByTestId('test-failure-block').click();
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'choose_pizza');

    // The conversation followed the edit: replayed on the new version, with a notice.
    await expect(page.getByTestId('sim-notice')).toContainText('replayed on the new version');
    await expect(page.getByTestId('chat-log')).toContainText('Which pizza do you fancy?');
  },
);

const looping = hostFor((dir) => {
  const file = path.join(dir, 'loop.json');
  const hello = {
    id: 'hello',
    type: 'message',
    messages: [
      {
        kind: 'buttons',
        text: 'Ready?',
        buttons: [
          { title: 'Spin', goTo: 'spin' },
          { title: 'Throw', goTo: 'thrower' },
        ],
      },
    ],
  };
  const blocks = [
    hello,
    {
      id: 'spin',
      type: 'code',
      code: "let s = '';\nfor (;;) { s = 'x'.repeat(1e6); }",
      timeoutMs: 300,
      onError: 'oops',
    },
    { id: 'thrower', type: 'code', code: "const a = 1;\nthrow new Error('bad ' + a);", onError: 'oops' },
    {
      id: 'oops',
      type: 'message',
      messages: [{ kind: 'text', text: 'The code failed: {lastError.kind}' }],
      next: 'hello',
    },
    { id: 'greet', type: 'message', messages: [{ kind: 'text', text: 'Hello {user.name}!' }] },
  ];
  writeFileSync(
    file,
    JSON.stringify({
      format: 'botloom/1',
      name: 'Loop',
      startBlock: 'hello',
      flows: [{ id: 'main', name: 'Main', blocks }],
    }),
  );
  return file;
});

looping(
  'a code block stuck in a loop shows its error within the limit, and the app stays responsive',
  async ({ page, botHost }) => {
    await page.goto(botHost.url);
    await page.getByTestId('sim-restart').click();
    await expect(lastBot(page)).toContainText('Ready?');
    const started = Date.now();
    await choose(page, 'Spin');
    // While the sandbox spins, the page keeps answering: the tabs can be switched.
    await page.getByTestId('sim-tab-console').click();
    await expect(page.getByTestId('chat-error')).toContainText('spin:', { timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(300 + 2_000);
    await expect(page.getByTestId('trace-list')).toContainText('code-timeout');
    await expect(page.getByTestId('chat-log')).toContainText('The code failed:');
    // The next turn works.
    await choose(page, 'Spin');
    await expect(page.getByTestId('chat-error')).toHaveCount(2, { timeout: 5_000 });

    // A code error shows in the console with its line; selecting it marks that line in Monaco.
    await choose(page, 'Throw');
    await expect(page.getByTestId('chat-error').last()).toContainText('thrower: ');
    await page.getByTestId('trace-item').filter({ hasText: 'code-threw' }).click();
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'thrower');
    await expect(page.getByTestId('code-editor')).toHaveAttribute('data-runtime-error-line', '2');
    await expect(page.locator('.code-editor .squiggly-error')).not.toHaveCount(0);
  },
);

looping('starts at a chosen block with a chosen session', async ({ page, botHost }) => {
  const canvas = new CanvasPage(page);
  await page.goto(botHost.url);
  await page.getByTestId('sim-session-toggle').click();
  await page.getByTestId('initial-session').fill('{"user": ');
  await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();
  await expect(page.getByTestId('sim-restart')).toBeDisabled();
  await page.getByTestId('initial-session').fill('{"user": {"name": "Ann"}}');
  await canvas.focusCanvas();
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('search-input').fill('greet');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'greet');
  await page.getByTestId('sim-start-here').click();
  await expect(page.getByTestId('chat-bot').last()).toContainText('Hello Ann!');
  await page.getByTestId('sim-tab-session').click();
  await expect(page.getByTestId('session-value-user.name')).toHaveText('"Ann"');
});
