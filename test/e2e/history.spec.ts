// The project's history and files end to end: a named checkpoint, the diff against the current document,
// a restore that the canvas shows and Ctrl+Z takes back, Export JSON to a typed path (a valid botloom/1
// file) and Save As, which opens the copy.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { parseProject } from '../../engine/format';

test('checkpoints, compares, restores with undo, exports JSON and saves a copy', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  const file = await canvas.createProject(webHost.url, 'History');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'botloom-history-'));
  try {
    // An edit, then a named checkpoint.
    await canvas.focusCanvas();
    await page.keyboard.press('1');
    await expect(canvas.block('message_1')).toBeVisible();
    await page.getByTestId('tab-history').click();
    await page.getByTestId('checkpoint-name').fill('One message');
    await page.getByTestId('checkpoint').click();
    const checkpoint = page.locator('[data-testid^="revision-"][data-name="One message"]');
    await expect(checkpoint).toContainText('added');

    // Another edit; the checkpoint against Current shows the block added since.
    await canvas.focusCanvas();
    await page.keyboard.press('1');
    await expect(canvas.block('message_2')).toBeVisible();
    await checkpoint.getByRole('checkbox').check();
    await page.getByTestId('compare-current').check();
    await expect(page.getByTestId('diff-blocksAdded')).toContainText('message_2');

    // Restore: the canvas goes back to the checkpoint; Ctrl+Z brings the later edit back, on the host too.
    await checkpoint.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByTestId('history-notice')).toContainText('Restored “One message”');
    await expect(canvas.block('message_2')).toHaveCount(0);
    await expect(canvas.block('message_1')).toBeVisible();
    await expect(page.getByTestId('diff-blocksAdded')).toHaveCount(0);
    await canvas.focusCanvas();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(canvas.block('message_2')).toBeVisible();
    const blockIds = (p: unknown) =>
      (p as { flows: { blocks: { id: string }[] }[] }).flows.flatMap((f) => f.blocks.map((b) => b.id));
    await expect.poll(async () => blockIds(await canvas.exportJson(file))).toContain('message_2');

    // Export JSON to a typed path: a botloom/1 file the engine reads back.
    const exported = path.join(folder, 'history.json');
    await page.getByTestId('export-json').click();
    await page.getByTestId('export-dialog-path').fill(exported);
    await page.getByTestId('export-dialog-submit').click();
    await expect(page.getByTestId('export-dialog-done')).toContainText(`Written to ${exported}`);
    const parsed = parseProject(readFileSync(exported, 'utf8'), exported);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(blockIds(parsed.project)).toEqual(expect.arrayContaining(['message_1', 'message_2']));
    await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();

    // A refusal is shown by the field; Save As to a good path opens the copy.
    await page.getByTestId('save-as').click();
    await page.getByTestId('save-as-dialog-path').fill(file);
    await page.getByTestId('save-as-dialog-submit').click();
    await expect(page.getByTestId('save-as-dialog-error')).toContainText('already exists');
    const copy = path.join(folder, 'history-copy.botloom');
    await page.getByTestId('save-as-dialog-path').fill(copy);
    await page.getByTestId('save-as-dialog-submit').click();
    await expect(page.getByTestId('workspace')).toHaveAttribute('data-project', copy);
    await expect(canvas.block('message_2')).toBeVisible();
    await expect(page.getByTestId('save-as-dialog')).toHaveCount(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
