// The canvas window never mounts a far block for an edge: the edge is a stub whose end names the far
// block on hover and jumps there on a click; many blocks into one hub are one bundle that lists them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, startServe, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const message = (id: string, text: string, x: number, y: number, next?: string) => ({
  id,
  type: 'message',
  position: { x, y },
  messages: [{ kind: 'text', text }],
  ...(next ? { next } : {}),
});
// A hub in view (at the top left) that six far blocks lead to, and a block leading far away.
const project = {
  format: 'botloom/1',
  name: 'Hubs',
  language: 'en',
  startBlock: 'start',
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        message('start', 'Welcome', 0, 0, 'far_away'),
        message('hub', 'Something went wrong', 320, 0),
        ...Array.from({ length: 6 }, (_, i) =>
          message(`caller${i}`, `Caller ${i}`, 3000 + i * 320, 3000, 'hub'),
        ),
        message('far_away', 'Goodbye', 6000, 4000),
      ],
    },
  ],
};

const test = base.extend<{ jsonHost: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  jsonHost: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-hubs-'));
    const file = path.join(dir, 'hubs.json');
    writeFileSync(file, JSON.stringify(project));
    const host = await startServe([file]);
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  },
});

test('a stub names its far block on hover and jumps there on a click', async ({ page, jsonHost }) => {
  const canvas = new CanvasPage(page);
  await page.goto(jsonHost.url);
  await expect(canvas.block('start')).toBeVisible();
  await expect(canvas.block('far_away')).toHaveCount(0);
  const stub = page.getByTestId('stub-start-far_away');
  await stub.hover();
  await expect(stub).toHaveAttribute('title', /far_away/);
  await stub.click();
  await expect(canvas.block('far_away')).toBeInViewport();
  await expect(canvas.block('far_away')).toHaveClass(/is-selected/);
  await expect(canvas.block('start')).toHaveCount(0);
});

test('many far blocks into a hub are one bundle that lists them', async ({ page, jsonHost }) => {
  const canvas = new CanvasPage(page);
  await page.goto(jsonHost.url);
  await expect(canvas.block('hub').getByTestId('hub-counts-hub')).toContainText('6');
  // The marker sits above the hub, which opens near the top edge, under the canvas toolbar: pan down first,
  // as a designer would.
  const pane = (await page.getByTestId('flow-canvas').boundingBox())!;
  await page.mouse.move(pane.x + 40, pane.y + pane.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + 40, pane.y + pane.height / 2 + 160, { steps: 8 });
  await page.mouse.up();
  await page.getByTestId('bundle-hub').click();
  const list = page.getByTestId('bundle-list-hub');
  await expect(list.getByRole('button')).toHaveCount(6);
  await list.getByRole('button').nth(2).click();
  await expect(canvas.block('caller2')).toBeInViewport();
});
