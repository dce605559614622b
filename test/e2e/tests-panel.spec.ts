// Tests in the app (issue 19 point 9): Save as test never overwrites a test silently (it asks, or saves
// under a free name); the Tests tab lists the project's tests, renames, reorders and deletes them, and
// edits a test's steps in a readable editor; every change is undoable.
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';

const test = base.extend<{ pizzaHost: WebHostProcess }>({
  pizzaHost: serveExample('pizza-order.json'),
});

const FIRST = 'orders two large margheritas';
const SECOND = 'offers another quantity when the stock is too low';

test('Save as test asks before replacing, and the Tests tab edits, reorders and deletes tests', async ({
  page,
  pizzaHost,
}) => {
  await page.goto(pizzaHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('sim-restart').click();
  await expect(page.getByTestId('chat-bot').first()).toContainText('Welcome to Pizza Palace!');

  // A taken name: nothing is overwritten until the designer chooses; the free name is offered.
  await page.getByTestId('save-test-name').fill(FIRST);
  await page.getByTestId('save-test').click();
  await expect(page.getByTestId('save-test-taken')).toContainText(`A test called “${FIRST}” exists.`);
  await page.getByTestId('save-test-free-name').click();
  await expect(page.getByTestId('save-test-message')).toContainText(`Saved as test "${FIRST} (2)".`);

  await page.getByTestId('sim-tab-tests').click();
  const items = page.getByTestId('test-item');
  await expect(items).toHaveCount(8);
  await expect(items.first()).toHaveAttribute('data-test-name', FIRST);
  await expect(items.last()).toHaveAttribute('data-test-name', `${FIRST} (2)`);

  // Reorder: the second test moves up; undo puts it back.
  await items.nth(1).getByTestId('test-up').click();
  await expect(items.first()).toHaveAttribute('data-test-name', SECOND);
  await page.getByTestId('undo').click();
  await expect(items.first()).toHaveAttribute('data-test-name', FIRST);

  // Open the new test: its steps read as sentences; rename it and edit a step.
  const mine = items.last();
  await mine.getByTestId('test-open').click();
  const editor = page.getByTestId('test-editor');
  await expect(editor.getByTestId('test-step').first()).toHaveAttribute(
    'aria-label',
    'Bot says: Welcome to Pizza Palace!',
  );
  await mine.getByTestId('test-rename').fill('welcome only');
  await mine.getByTestId('test-rename').press('Enter');
  await expect(items.last()).toHaveAttribute('data-test-name', 'welcome only');
  const firstValue = editor.getByTestId('test-step-value').first();
  await firstValue.fill('Welcome!');
  await firstValue.press('Enter');
  await expect(editor.getByTestId('test-step').first()).toHaveAttribute('aria-label', 'Bot says: Welcome!');

  // A value the file would refuse stays in its field with the reason.
  await editor.getByTestId('test-step-new-kind').selectOption('expectEnd');
  await editor.getByTestId('test-step-add').click();
  await expect(editor.getByTestId('test-step').last()).toHaveAttribute('aria-label', 'Conversation ends');
  await editor.getByTestId('test-step-kind').last().selectOption('botOneOf');
  const oneOf = editor.getByTestId('test-step-value').last();
  await oneOf.fill('not json');
  await oneOf.press('Enter');
  await expect(editor.getByRole('alert').last()).toContainText('takes JSON here');

  // Delete the test; undo brings it back with its edits.
  await items.last().getByTestId('test-delete').click();
  await expect(items).toHaveCount(7);
  await page.getByTestId('undo').click();
  await expect(items).toHaveCount(8);
  await expect(items.last()).toHaveAttribute('data-test-name', 'welcome only');
});
