// The outline and the canvas annotations end to end: open the outline (Alt+O), filter it, choose a row
// and see its block centred on the canvas; add a note and a frame around a block, move the frame by its
// title (the block goes along), and undo the move in one step.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import type { Project } from '../../engine/model';

const centre = (b: { x: number; y: number; width: number; height: number }) => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

test('the outline filters blocks and centres the chosen one on the canvas', async ({ page, webHost }) => {
  const canvas = new CanvasPage(page);
  await canvas.createProject(webHost.url, 'Outline');
  await canvas.focusCanvas();
  await page.keyboard.press('Alt+O');
  const grid = page.getByRole('grid', { name: 'Blocks of flow main' });
  await expect(grid).toBeVisible();
  await expect(page.getByTestId('outline-count')).toContainText('2 blocks · coverage: no test run yet');

  await page.getByTestId('outline-filter').fill('differently');
  await expect(page.getByTestId('outline-count')).toContainText('1 of 2 blocks');
  await expect(page.getByRole('row', { name: /Message Not understood; 0 in, 0 out/ })).toBeVisible();

  // Pan far away, then choose the row from the keyboard: Home, Enter.
  await page.mouse.move(900, 400);
  await page.mouse.wheel(0, 1500);
  await grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'not_understood');
  const block = centre((await canvas.block('not_understood').boundingBox())!);
  const pane = centre((await page.getByTestId('flow-canvas').boundingBox())!);
  expect(Math.abs(block.x - pane.x)).toBeLessThan(4);
  expect(Math.abs(block.y - pane.y)).toBeLessThan(4);
});

test('a frame moves the block inside it, and one undo puts both back', async ({ page, webHost }) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Frames');
  await canvas.focusCanvas();
  await page.keyboard.press('n');
  await page.getByTestId('note-editor').fill('Ask legal about the welcome text');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('note-note-1')).toContainText('Ask legal');

  // F with a block selected frames that block; name the frame.
  await canvas.select('welcome');
  await page.keyboard.press('f');
  await page.getByTestId('frame-title-editor').fill('Greeting');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('frame-frame-1')).toContainText('Greeting');

  const title = (await page.getByTestId('frame-frame-1').locator('.frame-title').boundingBox())!;
  const from = { x: title.x + 60, y: title.y + title.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 150, from.y + 120, { steps: 10 });
  await page.mouse.up();

  const welcomeAt = async () => {
    const project = (await canvas.exportJson(path)) as Project;
    const welcome = project.flows[0]!.blocks.find((b) => b.id === 'welcome')!;
    return { block: welcome.position, frame: project.frames?.[0]?.position };
  };
  await expect.poll(async () => (await welcomeAt()).block).not.toEqual({ x: 0, y: 0 });
  const moved = await welcomeAt();
  expect(moved.frame!.x - moved.block!.x).toBe(-40);

  await canvas.focusCanvas();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await welcomeAt()).block).toEqual({ x: 0, y: 0 });
  // The search finds the note by its text.
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('search-input').fill('legal');
  await expect(page.getByTestId('search-dialog')).toContainText('Note');
});
