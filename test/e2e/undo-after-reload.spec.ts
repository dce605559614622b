// One edit history end to end: the host's journal is the history, so after the page is reloaded (the
// renderer starts afresh) Ctrl+Z still takes the last edit back, in the canvas and in the file, with the
// label the host keeps. The reload reopens the project that was open; going back to the projects and
// reloading shows the start screen.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const blockIds = (p: unknown) =>
  (p as { flows: { blocks: { id: string }[] }[] }).flows.flatMap((f) => f.blocks.map((b) => b.id));

test('undoes an edit made before a page reload, in the UI and in the file', async ({ page, webHost }) => {
  const canvas = new CanvasPage(page);
  const file = await canvas.createProject(webHost.url, 'Reload undo');
  await canvas.focusCanvas();
  await page.keyboard.press('1');
  await expect(canvas.block('message_1')).toBeVisible();
  await expect.poll(async () => blockIds(await canvas.exportJson(file))).toContain('message_1');
  const undoTitle = await page.getByTestId('undo').getAttribute('title');

  // F5 reopens the project that was open (its path is kept for the tab), not the start screen.
  await page.reload();
  await expect(page.getByTestId('open-project-name')).toHaveText('Reload undo');
  await expect(canvas.block('message_1')).toBeVisible();
  // The undo button comes back enabled, labelled as before the reload (the label is the host's).
  await expect(page.getByTestId('undo')).toBeEnabled();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', undoTitle!);

  await canvas.focusCanvas();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(canvas.block('message_1')).toHaveCount(0);
  await expect.poll(async () => blockIds(await canvas.exportJson(file))).not.toContain('message_1');
  await expect(page.getByTestId('redo')).toBeEnabled();
  await expect(page.getByTestId('undo')).toBeDisabled();

  // Back to the projects, a reload stays on the start screen.
  await page.getByRole('button', { name: 'Back to projects' }).click();
  await page.reload();
  await expect(page.getByTestId('recent-projects')).toContainText('Reload undo');
  await expect(page.getByTestId('workspace')).toHaveCount(0);
});
