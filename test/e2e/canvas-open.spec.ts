// `botloom serve <project.json>` opens that project's canvas directly (the JSON is imported on open),
// with every block type drawn and a cross-flow jump that can be followed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, startServe, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const project = {
  format: 'botloom/1',
  name: 'Opened from JSON',
  language: 'en',
  startBlock: 'welcome',
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        {
          id: 'welcome',
          type: 'message',
          position: { x: 0, y: 0 },
          messages: [
            {
              kind: 'quickReplies',
              text: 'Hi {user.name}',
              replies: [
                { title: 'Order', goTo: 'ask' },
                { title: 'Help', goTo: 'faq_start' },
              ],
            },
          ],
        },
        {
          id: 'ask',
          type: 'input',
          position: { x: 0, y: 220 },
          prompt: [{ kind: 'text', text: 'Your email?' }],
          variable: 'user.email',
          validate: { kind: 'email' },
          next: 'route',
        },
        {
          id: 'route',
          type: 'goto',
          position: { x: 320, y: 220 },
          rules: [{ when: { var: 'user.email', op: 'endsWith', value: '@vip.com' }, goTo: 'call' }],
          else: 'calc',
        },
        {
          id: 'call',
          type: 'api',
          position: { x: 640, y: 220 },
          method: 'POST',
          url: 'https://x.example/{user.email}',
          next: 'calc',
          onError: 'welcome',
        },
        {
          id: 'calc',
          type: 'code',
          position: { x: 320, y: 480 },
          code: 'const b = ChatlayerResponseBuilder();\nb.send();',
          next: 'welcome',
        },
      ],
    },
    {
      id: 'faq',
      name: 'FAQ',
      blocks: [
        {
          id: 'faq_start',
          type: 'message',
          position: { x: 0, y: 0 },
          messages: [{ kind: 'text', text: 'Ask me' }],
        },
      ],
    },
  ],
};

const test = base.extend<{ jsonHost: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  jsonHost: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-open-'));
    const file = path.join(dir, 'bot.json');
    writeFileSync(file, JSON.stringify(project, null, 2));
    const host = await startServe([file]);
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  },
});

test('opens the project named on the command line straight onto its canvas', async ({ page, jsonHost }) => {
  const canvas = new CanvasPage(page);
  await page.goto(jsonHost.url);
  await expect(page.getByTestId('open-project-name')).toHaveText('Opened from JSON');
  // The canvas mounts only the blocks in view (issue 17): Fit brings the whole flow into view.
  await page.getByRole('button', { name: /Fit/ }).click();
  for (const id of ['welcome', 'ask', 'route', 'call', 'calc']) await expect(canvas.block(id)).toBeVisible();
  await expect(canvas.block('route')).toContainText('user.email ends with "@vip.com"');
  await expect(canvas.block('call')).toContainText('POST https://x.example/');
  await expect(page.getByTestId('flow-tab-faq')).toBeVisible();
  // The quick reply that jumps to the FAQ flow is a link you can follow.
  await canvas.block('welcome').getByTestId('follow-faq_start').click();
  await expect(page.getByTestId('flow-tab-faq')).toHaveAttribute('aria-selected', 'true');
  await expect(canvas.block('faq_start')).toBeVisible();
});
