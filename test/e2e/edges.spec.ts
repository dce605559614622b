// Issue 19 point 4, edges easy to draw: a connection dropped on a block's body connects to its input; one
// dropped on empty canvas opens a menu that creates a block there, connected; an edge's input end is
// dragged to another block. Each is one step that undo takes back.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import type { Page } from '@playwright/test';
import type { Block, Project } from '../../engine/model';

const blocksOf = (p: unknown) =>
  new Map((p as Project).flows.flatMap((f) => f.blocks.map((b) => [b.id, b] as const)));
const nextOf = (b: Block | undefined) => (b as { next?: string } | undefined)?.next;

async function dragTo(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function centreOf(page: Page, testId: string) {
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a connection dropped on a block’s body connects to its input; undo takes it back', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Body drop');
  expect(nextOf(blocksOf(await canvas.exportJson(path)).get('welcome'))).toBeUndefined();
  // The input handle is at the top of the card: drop well below it, on the card's text.
  const body = (await canvas.block('not_understood').boundingBox())!;
  await dragTo(page, await centreOf(page, 'handle-welcome-next'), {
    x: body.x + body.width * 0.7,
    y: body.y + body.height * 0.6,
  });
  await expect
    .poll(async () => nextOf(blocksOf(await canvas.exportJson(path)).get('welcome')))
    .toBe('not_understood');
  await expect(page.getByTestId('rf__edge-welcome|next')).toBeVisible();
  await expect(page.getByTestId('connect-menu')).toHaveCount(0);

  await canvas.focusCanvas();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect
    .poll(async () => nextOf(blocksOf(await canvas.exportJson(path)).get('welcome')))
    .toBeUndefined();
});

test('a connection dropped on empty canvas creates a connected block from a menu; an edge end moves to another block', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Pane drop');
  const welcome = (await canvas.block('welcome').boundingBox())!;
  const drop = { x: welcome.x + welcome.width + 120, y: welcome.y + welcome.height + 120 };
  await dragTo(page, await centreOf(page, 'handle-welcome-next'), drop);

  // The menu lists the palette's kinds; Escape closes it without a change, so draw again and pick.
  const menu = page.getByTestId('connect-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveCount(13);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await dragTo(page, await centreOf(page, 'handle-welcome-next'), drop);
  await menu.getByTestId('connect-menu-message').click();
  await expect(canvas.block('message_1')).toBeVisible();
  await expect
    .poll(async () => nextOf(blocksOf(await canvas.exportJson(path)).get('welcome')))
    .toBe('message_1');
  // Created where the connection was dropped: its input (top middle) near the drop point.
  const created = (await canvas.block('message_1').boundingBox())!;
  expect(Math.abs(created.x + created.width / 2 - drop.x)).toBeLessThan(30);
  expect(Math.abs(created.y - drop.y)).toBeLessThan(40);

  // Drag the edge's input end (just above its arrowhead) onto Not understood's body.
  const anchor = page.getByTestId('rf__edge-welcome|next').locator('.react-flow__edgeupdater-target');
  const a = (await anchor.boundingBox())!;
  const target = (await canvas.block('not_understood').boundingBox())!;
  await dragTo(
    page,
    { x: a.x + a.width / 2, y: a.y + 3 },
    { x: target.x + target.width / 2, y: target.y + target.height / 2 },
  );
  await expect
    .poll(async () => nextOf(blocksOf(await canvas.exportJson(path)).get('welcome')))
    .toBe('not_understood');

  // Undo: first the reconnect, then the block and its connection in one step.
  await canvas.focusCanvas();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect
    .poll(async () => nextOf(blocksOf(await canvas.exportJson(path)).get('welcome')))
    .toBe('message_1');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => blocksOf(await canvas.exportJson(path)).has('message_1')).toBe(false);
  expect(nextOf(blocksOf(await canvas.exportJson(path)).get('welcome'))).toBeUndefined();
});

test('edges carry arrowheads and a readable weight; the User input card has no React Flow input frame', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createProject(webHost.url, 'Look');
  await canvas.connect('welcome', 'next', 'not_understood');
  const edge = page.getByTestId('rf__edge-welcome|next').locator('.react-flow__edge-path');
  await expect(edge).toHaveAttribute('marker-end', "url('#botloom-arrow')");
  expect(await edge.evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(2);
  // The arrowhead is painted (not `fill: none`).
  const fill = await page.evaluate(() => {
    const poly = document.querySelector('#botloom-arrow polyline');
    return poly ? getComputedStyle(poly).fill : 'missing';
  });
  expect(fill).not.toMatch(/none|missing/);

  await page.getByTestId('palette-input').click();
  await expect(canvas.block('input_1')).toBeVisible();
  const wrapper = page.locator('.react-flow__node', { has: page.getByTestId('block-input_1') });
  await expect(wrapper).not.toHaveClass(/react-flow__node-input\b/);
  const style = await wrapper.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopWidth, padding: s.paddingTop };
  });
  expect(style).toEqual({ border: '0px', padding: '0px' });
});
