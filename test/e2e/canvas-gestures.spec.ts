// Editing gestures of the canvas end to end: duplicate, copy/paste, multi-select and align, search,
// help, flows as tabs with a followable cross-flow link (renamed and deleted), auto-layout with undo.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import type { Block, Project } from '../../engine/model';

const blocksOf = (p: unknown) =>
  new Map((p as Project).flows.flatMap((f) => f.blocks.map((b) => [b.id, { ...b, flow: f.id }] as const)));

test('duplicates, copies and pastes blocks with renamed ids, selects several and aligns them', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Gestures');
  await canvas.select('welcome');
  await canvas.focusCanvas();
  await canvas.block('welcome').locator('.block-header').click();
  await page.keyboard.press('ControlOrMeta+D');
  await expect(canvas.block('welcome_2')).toBeVisible();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'welcome_2');
  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(canvas.block('welcome_3')).toBeVisible();

  // Shift+click adds to the selection; Alt+A lines the blocks up on the left edge.
  await canvas.block('welcome').locator('.block-header').click();
  await canvas
    .block('welcome_3')
    .locator('.block-header')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('inspector')).toContainText('2 blocks selected');
  await page.keyboard.press('Alt+A');
  await expect
    .poll(async () => {
      const blocks = blocksOf(await canvas.exportJson(path));
      return [blocks.get('welcome')?.position?.x, blocks.get('welcome_3')?.position?.x];
    })
    .toEqual([0, 0]);
  const blocks = blocksOf(await canvas.exportJson(path));
  expect((blocks.get('welcome_3') as Block & { messages: unknown }).messages).toEqual(
    (blocks.get('welcome') as Block & { messages: unknown }).messages,
  );
});

test('finds a block with Ctrl+K, shows the shortcut help, follows a jump to another flow, renames and deletes a flow', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createProject(webHost.url, 'Flows');
  // Enter on a selected block: its form opens with the first field focused (a double-click on a message
  // block edits its text on the card instead, canvas-basics.spec.ts; on other blocks it opens the form too).
  await canvas.select('welcome');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-name')).toBeFocused();
  await canvas.focusCanvas();
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('search-input').fill('differently');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-dialog')).toHaveCount(0);
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'not_understood');

  await canvas.focusCanvas();
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toContainText('Search blocks by id, name or text');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toHaveCount(0);

  // A second flow, a block in it that jumps back to the main flow's welcome.
  await page.getByTestId('add-flow').click();
  await expect(page.getByTestId('flow-tab-flow_2')).toHaveAttribute('aria-selected', 'true');
  await canvas.focusCanvas();
  await page.keyboard.press('1');
  await expect(canvas.block('message_1')).toBeVisible();
  await canvas.select('message_1');
  await canvas.fill('field-next', 'welcome');
  await canvas.block('message_1').getByTestId('follow-welcome').click();
  await expect(page.getByTestId('flow-tab-main')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'welcome');

  // Rename the second flow in place, then delete it: the confirmation counts its block; undo brings it back.
  await page.getByTestId('flow-tab-flow_2').dblclick();
  await page.getByTestId('flow-name-flow_2').fill('Side');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('flow-tab-flow_2')).toContainText('Side');
  await page.getByTestId('delete-flow-flow_2').click();
  await expect(page.getByTestId('delete-flow-count')).toContainText('Its 1 block will be deleted');
  await page.getByTestId('confirm-delete-flow').click();
  await expect(page.getByTestId('flow-tab-flow_2')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('flow-tab-flow_2')).toContainText('Side');
});

test('auto-layout moves the blocks in one step that undo takes back', async ({ page, webHost }) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Layout');
  await canvas.connect('welcome', 'next', 'not_understood');
  await expect
    .poll(async () => blocksOf(await canvas.exportJson(path)).get('welcome'))
    .toMatchObject({ next: 'not_understood' });
  const before = blocksOf(await canvas.exportJson(path));
  await page.getByTestId('auto-layout').click();
  await expect
    .poll(async () => blocksOf(await canvas.exportJson(path)).get('not_understood')?.position)
    .not.toEqual(before.get('not_understood')?.position);
  await page.getByTestId('zoom-to-fit').click();
  await page.getByTestId('undo').click();
  await expect
    .poll(async () => blocksOf(await canvas.exportJson(path)).get('not_understood')?.position)
    .toEqual(before.get('not_understood')?.position);
  await expect(page.getByTestId('redo')).toBeEnabled();
});

test('moves a block by dragging it (one undo step), box-selects with Shift, and deletes an edge', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Drag');
  const header = (await canvas.block('not_understood').locator('.block-header').boundingBox())!;
  await page.mouse.move(header.x + 40, header.y + header.height / 2);
  await page.mouse.down();
  await page.mouse.move(header.x + 240, header.y + 60, { steps: 10 });
  await page.mouse.up();
  // React Flow starts a drag once the pointer passed its threshold, so the block follows from there on.
  await expect
    .poll(async () => {
      const p = blocksOf(await canvas.exportJson(path)).get('not_understood')?.position;
      return p && p.x >= 170 && p.x <= 200 && p.y >= 230 && p.y <= 260;
    })
    .toBe(true);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect
    .poll(async () => blocksOf(await canvas.exportJson(path)).get('not_understood')?.position)
    .toEqual({ x: 0, y: 200 });

  // Draw an edge, click it, delete it: the `next` slot is cleared.
  await canvas.focusCanvas();
  await canvas.connect('welcome', 'next', 'not_understood');
  await expect
    .poll(async () => blocksOf(await canvas.exportJson(path)).get('welcome'))
    .toMatchObject({ next: 'not_understood' });
  await page.getByTestId('rf__edge-welcome|next').click({ force: true });
  await page.keyboard.press('Delete');
  await expect
    .poll(async () => (blocksOf(await canvas.exportJson(path)).get('welcome') as { next?: string }).next)
    .toBeUndefined();
  // Shift+drag on the empty canvas draws a selection box.
  const a = (await canvas.block('welcome').boundingBox())!;
  const b = (await canvas.block('not_understood').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(b.x + b.width + 20, b.y + b.height + 20);
  await page.mouse.down();
  await page.mouse.move(a.x - 10, a.y - 10, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('inspector')).toContainText('2 blocks selected');

  await expect(canvas.block('welcome')).toBeVisible();
});
