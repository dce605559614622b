// A botloom/1 JSON file opened in the app is edited in place: the title bar names the file, an edit
// reaches the file on disk, and a change made to the file from outside (a git pull) is offered as a
// reload that keeps the designer's edits one Undo away.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { stringifyProject } from '../../engine/format';
import type { Project } from '../../engine/model';

const bot = (text: string): Project => ({
  format: 'botloom/1',
  name: 'Repo bot',
  language: 'en',
  startBlock: 'welcome',
  variables: [],
  intents: [],
  tests: [],
  mocks: [],
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        { id: 'welcome', type: 'message', messages: [{ kind: 'text', text }], position: { x: 0, y: 0 } },
      ],
    },
  ],
});
const blockIds = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as Project).flows.flatMap((f) => f.blocks.map((b) => b.id));

test('edits a JSON file in place and offers an outside change as a reload', async ({ page, webHost }) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'botloom-json-'));
  const json = path.join(folder, 'bot.json');
  writeFileSync(json, stringifyProject(bot('Hello from the repo')));
  const canvas = new CanvasPage(page);
  try {
    await page.goto(webHost.url);
    await page.getByTestId('import-json').click();
    await page.getByTestId('import-dialog-path').fill(json);
    await page.getByTestId('import-dialog-submit').click();
    await expect(canvas.block('welcome')).toBeVisible();
    await expect(page.getByTestId('open-project-path')).toHaveText(json);

    // An edit reaches the file itself.
    await canvas.focusCanvas();
    await page.keyboard.press('1');
    await expect(canvas.block('message_1')).toBeVisible();
    await expect.poll(() => blockIds(json)).toContain('message_1');

    // A git pull changes the file: the app says so, and reloading shows the file's version.
    writeFileSync(json, stringifyProject(bot('Pulled text')));
    await expect(page.getByTestId('file-changed')).toContainText('bot.json changed on disk');
    await page.getByTestId('file-changed-reload').click();
    await expect(page.getByTestId('file-changed')).toHaveCount(0);
    await expect(canvas.block('welcome')).toContainText('Pulled text');
    await expect(canvas.block('message_1')).toHaveCount(0);

    // Nothing lost: Undo brings the edit back, and it reaches the file again.
    await canvas.focusCanvas();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(canvas.block('message_1')).toBeVisible();
    await expect.poll(() => blockIds(json)).toContain('message_1');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
