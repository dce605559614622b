// Canvas basics designers expect (issue 19 point 8), in the browser: a message text edited on its card by a
// double-click (Enter keeps it, one undo step), a block's context menu by right click and by Shift+F10
// (shortcuts shown, Escape gives the focus back), Set as start block moving the Start flag, and the empty
// canvas's menu adding a block where it was opened.
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const test = base.extend<{ botHost: WebHostProcess }>({
  botHost: serveExample('pizza-order.json'),
});

test('edit a text on the card, then use the context menus', async ({ page, botHost }) => {
  const canvas = new CanvasPage(page);
  await page.goto(botHost.url);
  const hours = canvas.block('hours');
  await expect(hours).toBeVisible();
  await expect(page.getByTestId('start-welcome')).toHaveText('Start');

  // A double-click edits the first text in place; Enter keeps it as one undo step.
  await hours.locator('.block-lines').dblclick();
  const field = page.getByTestId('inline-text-hours');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('We are open every day from 11:00 to 23:00.');
  await field.fill('Open from noon, every day.');
  await field.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(hours).toContainText('Open from noon, every day.');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Edit text of hours/);

  // The block's menu: shortcuts shown, arrows move, Escape closes and the block has the focus again.
  await hours.locator('.block-header').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Block hours' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Duplicate/ })).toContainText(/(Ctrl|Cmd)\+D/);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /Edit in the inspector/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  const node = page.locator('.react-flow__node[data-id="hours"]');
  await expect(node).toBeFocused();

  // The keyboard opens it on the focused block; Set as start block moves the flag.
  await page.keyboard.press('Shift+F10');
  await menu.getByRole('menuitem', { name: 'Set as start block' }).click();
  await expect(page.getByTestId('start-hours')).toBeVisible();
  await expect(page.getByTestId('start-welcome')).toHaveCount(0);

  // The empty canvas's menu adds a block of the chosen kind where it was opened.
  // A spot of bare canvas (the layout, toolbar and minimap decide where): the first grid point on the pane.
  const spot = await page.evaluate(() => {
    const r = document.querySelector('[data-testid="flow-canvas"]')!.getBoundingClientRect();
    for (let y = r.top + 160; y < r.bottom - 40; y += 20)
      for (let x = r.left + 40; x < r.right - 40; x += 20)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return null;
  });
  expect(spot).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y, { button: 'right' });
  await page.getByRole('menu', { name: 'Canvas' }).getByTestId('menu-add-message').click();
  await expect(canvas.block('message_1')).toBeVisible();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'message_1');
});
