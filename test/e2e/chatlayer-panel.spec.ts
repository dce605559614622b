// The Chatlayer panel end to end (issue 8 item 9), as a designer uses it on the pizza example whose
// settings point at a fake Chatlayer started here: store a token (a plain file, no keychain), check the
// connection, preview and export (then "import" the file into the fake), run the tests against the live
// bot green, pull a conversation as a test and add it to the project. The token never shows on the page.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importChatlayerBot } from '../../engine/chatlayer';
import { stringifyProject } from '../../engine/format';
import { createQuickJsCodeRunner } from '../../engine/node';
import type { FakeChatlayer } from '../fixtures/fake-chatlayer';
import {
  example,
  freePort,
  liveBot,
  recorded,
  TOKEN,
  VERIFY_TOKEN,
} from '../electron/services/chatlayer/live-bot';
import { test as base, expect, startServe, type WebHostProcess } from './fixtures';

/** The fake Chatlayer, which can take an exported bot as Chatlayer's Import/Export page would. */
interface LiveChatlayer {
  fake: FakeChatlayer;
  /** Restarts the fake, on the same address, running the bot of an export (with its dialog state ids). */
  importBot(text: string): Promise<void>;
}

interface ChatlayerWorld {
  botHost: WebHostProcess;
  chatlayer: LiveChatlayer;
  webhookPort: number;
  folder: string;
}

const pizza = example('pizza-order.json');

const test = base.extend<ChatlayerWorld>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  folder: async ({}, use) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'botloom-chatlayer-'));
    await use(folder);
    rmSync(folder, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  webhookPort: async ({}, use) => use(await freePort()),
  chatlayer: async ({ webhookPort }, use) => {
    const runner = createQuickJsCodeRunner();
    const turns = [{ click: 'Order a pizza' }, { click: 'Margherita' }, { click: 'Small' }, { say: '3' }];
    const conversations = [await recorded(pizza, runner, 'conv-a', '2024-03-01T09:00:00.000Z', turns)];
    await runner.dispose();
    const live: LiveChatlayer = {
      fake: await liveBot(pizza, webhookPort, { conversations }),
      async importBot(text) {
        const imported = importChatlayerBot(text);
        if (!imported.ok) throw new Error(`the export does not import: ${imported.errors[0]!.message}`);
        const port = Number(new URL(live.fake.url).port);
        await live.fake.close();
        live.fake = await liveBot(imported.project, webhookPort, { conversations, port });
      },
    };
    await use(live);
    await live.fake.close();
  },
  botHost: async ({ chatlayer, folder }, use) => {
    const file = path.join(folder, 'pizza-order.json');
    const settings = { baseUrl: chatlayer.fake.url, botId: '1001', webhookChannelId: 'channel-1' };
    writeFileSync(file, stringifyProject({ ...pizza, chatlayer: settings }));
    const host = await startServe([file], undefined, { BOTLOOM_SECRET_STORE: 'file' });
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
  },
});

test('a designer connects the bot, exports it, runs the tests live and pulls a conversation as a test', async ({
  page,
  botHost,
  chatlayer,
  webhookPort,
}) => {
  await page.goto(botHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('tab-chatlayer').click();
  await expect(page.getByTestId('chatlayer-tab')).toContainText('Bot 1001 (DRAFT)');
  await page.getByTestId('chatlayer-open').click();
  const dialog = page.getByTestId('chatlayer-dialog');
  await expect(dialog).toBeVisible();

  // The token goes to the secret store (a plain file here, said plainly) and is never shown back.
  await expect(page.getByTestId('chatlayer-token-state')).toHaveAttribute('data-stored', 'false');
  await page.getByTestId('chatlayer-token').fill(TOKEN);
  await page.getByTestId('chatlayer-token-save').click();
  await expect(page.getByTestId('chatlayer-token-state')).toHaveAttribute('data-stored', 'true');
  await expect(page.getByTestId('chatlayer-token')).toHaveValue('');
  await expect(page.getByTestId('chatlayer-token-warning')).toContainText('stored as plain text');

  await page.getByTestId('chatlayer-status-check').click();
  await expect(page.getByTestId('chatlayer-status-bot')).toHaveText('1001 (Bot 1), found');
  await expect(page.getByTestId('chatlayer-status')).toContainText('from the secret store, accepted');

  // Export: what changes first, the DRAFT warning, then the file (kept) and the ids saved.
  await page.getByTestId('chatlayer-section-export').click();
  await expect(page.getByTestId('chatlayer-preview-result')).toHaveAttribute('data-kind', 'first');
  await expect(page.getByTestId('chatlayer-export')).toContainText("overwrites the bot's DRAFT");
  // What Chatlayer cannot resolve: the pizza bot's API and code blocks have their own onError.
  await expect(
    page.locator('[data-testid="chatlayer-export-warning"][data-block="check_stock"][data-field="onError"]'),
  ).toContainText('Block check_stock onError: sends failures to its own error route ("api_down")');
  const target = await page.getByTestId('chatlayer-export-target').inputValue();
  expect(target).toMatch(/\.chatlayer\.json$/);
  await page.getByTestId('chatlayer-export-run').click();
  await expect(page.getByTestId('chatlayer-export-done')).toContainText('Exported to Chatlayer');
  await expect(page.getByTestId('chatlayer-preview-result')).toHaveAttribute('data-kind', 'unchanged');
  expect(existsSync(target)).toBe(true);
  // The designer imports the file into Chatlayer: the live bot now knows the exported ids, which the
  // project kept (tests that start at a block reach it by its Chatlayer id).
  await chatlayer.importBot(readFileSync(target, 'utf8'));

  // Conformance against the live bot: every test green.
  await page.getByTestId('chatlayer-section-conformance').click();
  await page.getByTestId('chatlayer-webhookPort').fill(String(webhookPort));
  await page.getByTestId('chatlayer-verify-token').fill(VERIFY_TOKEN);
  await page.getByTestId('chatlayer-settleMs').fill('200');
  await page.getByTestId('chatlayer-replyTimeoutMs').fill('1500');
  await page.getByTestId('chatlayer-conformance-run').click();
  await expect(page.getByTestId('chatlayer-conformance-summary')).toContainText(
    `${pizza.tests.length} passed, 0 failed`,
    { timeout: 45_000 },
  );
  await expect(page.getByTestId('chatlayer-test')).toHaveCount(pizza.tests.length);
  expect(new Set(chatlayer.fake.state.deliveries.map((d) => d.senderId)).size).toBe(pizza.tests.length);

  // Pull: the seeded conversation (the first listed; the conformance run's come after it) becomes a
  // test, added to the project.
  await page.getByTestId('chatlayer-section-pull').click();
  await page.getByTestId('chatlayer-since').fill('2024-01-01');
  await page.getByTestId('chatlayer-limit').fill('1');
  await page.getByTestId('chatlayer-pull-run').click();
  await expect(page.getByTestId('chatlayer-pulled-test')).toHaveText([/pulled conv-a \(2024-03-01\)/]);
  await page.getByTestId('chatlayer-pull-add').click();
  await expect(page.getByTestId('chatlayer-pull-added')).toContainText('Added 1 test');
  await page.getByTestId('chatlayer-close').click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('sim-tab-tests').click();
  await expect(page.getByTestId('tests-run')).toContainText(`Run all ${pizza.tests.length + 1} tests`);

  for (const part of [TOKEN, ...TOKEN.split(':')]) expect(await page.content()).not.toContain(part);
});
