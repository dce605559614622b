// Opening a project in three languages (issue 15; docs/architecture.md#opening-a-project): the canvas is painted
// from the document without its translations, they are put back after, and an edit made then keeps every
// translation, through a reload.
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const test = base.extend<{ bakery: WebHostProcess }>({ bakery: serveExample('brussels-bakery.json') });

test('a project in three languages paints its primary texts first, then edits keep its translations', async ({
  page,
  bakery,
}) => {
  const calls: [string, unknown][] = [];
  page.on('request', (request) => {
    const method = /\/api\/(projects\.(?:get|translations))$/.exec(request.url())?.[1];
    if (method) calls.push([method, request.postDataJSON()]);
  });
  const canvas = new CanvasPage(page);
  await page.goto(bakery.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  // Busy until the whole document is in; then the translations are there to show.
  await expect(page.getByTestId('workspace')).not.toHaveAttribute('aria-busy', 'true');
  // The document without its translations, then them alone, put back into it.
  expect(calls).toEqual([
    ['projects.get', expect.objectContaining({ translations: false })],
    ['projects.translations', expect.anything()],
  ]);

  await canvas.show('hours');
  await canvas.select('hours');
  await canvas.fill('message-0-text', 'We are open every day from 7:00 to 19:00.');
  const hours = canvas.block('hours');
  await expect(hours).toContainText('19:00');
  await page.getByTestId('view-language').selectOption('nl');
  await expect(hours).toContainText('We zijn elke dag open van 7:00 tot 18:00.');

  // Read back from the file: the edit and both translations are there.
  await page.reload();
  await expect(page.getByTestId('workspace')).not.toHaveAttribute('aria-busy', 'true');
  await canvas.show('hours');
  await expect(hours).toContainText('19:00');
  await page.getByTestId('view-language').selectOption('fr');
  await expect(hours).toContainText('Nous sommes ouverts tous les jours');
});
