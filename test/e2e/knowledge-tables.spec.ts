// The Knowledge and Tables panels (loaded on first use, outside the initial bundle): asking the FAQ
// example a paraphrased question shows the answering source and its ranked passages; an off-topic one
// shows the "no answer" route; adding a table row is one undoable step.
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';

const test = base.extend<{ faqHost: WebHostProcess; ordersHost: WebHostProcess }>({
  faqHost: serveExample('faq-desk.json'),
  ordersHost: serveExample('table-orders.json'),
});

test('the Knowledge panel answers a question with its ranked passages', async ({ page, faqHost }) => {
  await page.goto(faqHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('tab-knowledge').click();
  await expect(page.getByTestId('knowledge-panel')).toBeVisible();

  await page.getByTestId('knowledge-question').fill('how long until my order arrives?');
  const answer = page.getByTestId('knowledge-answer');
  await expect(answer).toContainText('2 to 4 working days');
  await expect(answer.locator('.ranked-passages li').first()).toContainText('score');

  await page.getByTestId('knowledge-question').fill('who won the football world cup in 1998?');
  await expect(answer).toContainText('no answer');
});

test('adding a table row in the Tables panel is one undoable step', async ({ page, ordersHost }) => {
  await page.goto(ordersHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('tab-tables').click();
  const rows = page.getByTestId('table-grid-orders').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('table-orders').locator('legend')).toContainText('3 rows');

  await page.getByTestId('table-add-row-orders').click();
  await expect(rows).toHaveCount(4);
  await page.getByTestId('undo').click();
  await expect(rows).toHaveCount(3);
});
