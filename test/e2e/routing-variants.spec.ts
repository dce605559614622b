// Chatlayer's routing and message variants end to end, on the pizza example: typing a button's title goes through NLP
// (here: to Not understood) with a one-time hint, an old button still works when clicked; a variant added in the
// inspector shows on the node; a Go To comparison gets its case-sensitive switch and case rule.
import type { Page } from '@playwright/test';
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const test = base.extend<{ botHost: WebHostProcess }>({
  botHost: serveExample('pizza-order.json'),
});

const lastBot = (page: Page) => page.getByTestId('chat-bot').last();

async function type(page: Page, text: string) {
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-input').press('Enter');
}

test("Typing a button's title in the simulator goes through NLP; clicking an old button works", async ({
  page,
  botHost,
}) => {
  await page.goto(botHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('sim-restart').click();
  await expect(lastBot(page)).toContainText('What would you like to do?');

  // Typed, not clicked: the pizza bot has no intent for it, so it is not understood, and the hint says why.
  await type(page, 'opening hours');
  await expect(lastBot(page)).toContainText("Sorry, I didn't get that. Please pick one of these:");
  await expect(page.getByTestId('chat-typed-title-hint')).toContainText(
    'Chatlayer treats typed text as a message, not a click',
  );
  await expect(page.getByTestId('chat-log')).not.toContainText('We are open every day');

  // The welcome's button, two turns old, still works; it leads on to "Anything else".
  await page.getByTestId('chat-choice').filter({ hasText: 'Opening hours' }).first().click();
  await expect(page.getByTestId('chat-log')).toContainText('We are open every day from 11:00 to 23:00.');
  await expect(lastBot(page)).toContainText('Anything else I can do for you?');

  // And once more, from the very first message, while newer buttons are on screen.
  await page.getByTestId('chat-choice').filter({ hasText: 'Order a pizza' }).first().click();
  await expect(lastBot(page)).toContainText('Which pizza would you like?');

  // The hint shows the first time only.
  await page.getByTestId('chat-typed-title-hint').getByRole('button', { name: 'OK' }).click();
  await type(page, 'margherita');
  await expect(lastBot(page)).toContainText('Please pick one of these:');
  await expect(page.getByTestId('chat-typed-title-hint')).toHaveCount(0);
});

test('the inspector adds a message variant and sets a comparison case-sensitive', async ({
  page,
  botHost,
}) => {
  const canvas = new CanvasPage(page);
  await page.goto(botHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();

  await canvas.select('hours');
  await expect(canvas.block('hours')).not.toContainText('variant');
  await page.getByTestId('message-0-add-variant').click();
  await canvas.fill('message-0-variant-1-text', 'Open daily, 11:00 to 23:00.');
  await expect(canvas.block('hours')).toContainText('+1 variant');
  await page.getByTestId('message-0-add-variant').click();
  await canvas.fill('message-0-variant-2-text', 'Every day from 11 to 23.');
  await expect(canvas.block('hours')).toContainText('+2 variants');
  await page.getByTestId('message-0-variant-1-remove').click();
  await expect(canvas.block('hours')).toContainText('+1 variant');
  await expect(page.getByTestId('message-0-variant-1-text')).toHaveValue('Every day from 11 to 23.');

  await canvas.select('stock_route');
  await expect(page.getByTestId('rule-0-case')).toHaveCount(0); // gte has no case
  await page.getByTestId('rule-0-op').selectOption('contains');
  await expect(page.getByTestId('rule-0-case')).not.toBeChecked();
  await expect(page.getByTestId('rule-0-case-rule')).toContainText(
    'contains ignores case unless Case-sensitive is on',
  );
  await page.getByTestId('rule-0-case').check();
  await expect(page.getByTestId('rule-0-case-rule')).toContainText('contains respects case here');
  await expect(canvas.block('stock_route')).toContainText('case-sensitive');
});
