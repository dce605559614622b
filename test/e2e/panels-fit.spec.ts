// Issue 19 point 3, the inspector fits: at 1280×720 no panel scrolls sideways (the inspector of every
// kind with wide rows, every project panel, the simulator); panels resize (drag and keyboard), keep
// their size over a reload, and collapse and expand.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { horizontalOverflow } from './pages/overflow';

test.use({ viewport: { width: 1280, height: 720 } });

const PROJECT_TABS = [
  'blocks',
  'problems',
  'variables',
  'intents',
  'mocks',
  'knowledge',
  'tables',
  'settings',
  'history',
  'chatlayer',
];

test('no panel overflows sideways: the inspector of wide blocks and every project panel', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createProject(webHost.url, 'Fit');

  // Blocks with wide rows, each added from the palette (which selects it) and inspected.
  for (const kind of ['goto', 'api', 'input', 'table'] as const) {
    await page.getByTestId('tab-blocks').click();
    await page.getByTestId(`palette-${kind}`).click();
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', `${kind}_1`);
    if (kind === 'goto') {
      await page.getByTestId('rule-add').click();
      await expect(page.getByTestId('rule-0-value')).toBeVisible();
      // The rule's Value is inside the inspector, and Tab reaches it without scrolling sideways.
      await page.getByTestId('rule-0-var').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('rule-0-value')).toBeFocused();
      const body = page.getByTestId('inspector-panel').locator('.panel-body');
      expect(await body.evaluate((el) => el.scrollLeft)).toBe(0);
      const panelBox = (await page.getByTestId('inspector-panel').boundingBox())!;
      const valueBox = (await page.getByTestId('rule-0-value').boundingBox())!;
      expect(valueBox.x + valueBox.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
    }
    if (kind === 'table' && (await page.getByTestId('table-filter-add').count()))
      await page.getByTestId('table-filter-add').click();
    expect(await horizontalOverflow(page, 'inspector-panel'), `inspector of ${kind}`).toEqual([]);
  }

  // Every project panel, with a mock and a variable to show their forms.
  for (const tab of PROJECT_TABS) {
    await page.getByTestId(`tab-${tab}`).click();
    if (tab === 'mocks') await page.getByTestId('add-mock').click();
    if (tab === 'variables') await page.getByTestId('add-variable').click();
    expect(await horizontalOverflow(page, 'palette-panel'), `${tab} panel`).toEqual([]);
  }
  expect(await horizontalOverflow(page, 'simulator-panel'), 'simulator').toEqual([]);
});

test('panels resize by drag and keyboard, keep their size over a reload, and collapse', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createProject(webHost.url, 'Resize');
  const inspector = page.getByTestId('inspector-panel');
  const left = page.getByTestId('palette-panel');
  const width = async (panel: typeof left) => Math.round((await panel.boundingBox())!.width);
  expect(await width(inspector)).toBe(320);

  // Keyboard: the splitter is a focusable separator; ← widens the right-hand panel.
  const rightSplitter = page.getByRole('separator', { name: 'Resize the Inspector panel' });
  await rightSplitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(rightSplitter).toHaveAttribute('aria-valuenow', String(320 + 16 + 64));
  expect(await width(inspector)).toBe(400);

  // Drag: the left panel's splitter 80 px to the right.
  const grip = (await page.getByTestId('splitter-left').boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 + 80, grip.y + 200, { steps: 8 });
  await page.mouse.up();
  expect(await width(left)).toBe(300);

  // Sizes are this machine's preference: kept over a reload, not written to the project.
  await page.reload();
  // F5 reopens the project that was open.
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  expect(await width(inspector)).toBe(400);
  expect(await width(left)).toBe(300);

  // Collapse the inspector: a narrow strip whose button brings it back at its size; the canvas grows.
  const canvasWidth = async () => Math.round((await page.getByTestId('flow-canvas').boundingBox())!.width);
  const before = await canvasWidth();
  await page.getByTestId('inspector-panel-collapse').click();
  await expect(inspector).toHaveAttribute('data-collapsed', 'true');
  expect(await width(inspector)).toBeLessThan(40);
  expect(await canvasWidth()).toBeGreaterThan(before + 300);
  await expect(page.getByTestId('splitter-right')).toHaveCount(0);
  await page.getByTestId('inspector-panel-expand').click();
  await expect(inspector).toHaveAttribute('data-collapsed', 'false');
  expect(await width(inspector)).toBe(400);
  // Enter on a splitter collapses too; the simulator's strip expands again.
  await page.getByTestId('splitter-bottom').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('simulator-panel')).toHaveAttribute('data-collapsed', 'true');
  await page.getByTestId('simulator-panel-expand').click();
  await expect(page.getByTestId('simulator')).toBeVisible();
});
