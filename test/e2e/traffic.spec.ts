// Live traffic on the canvas (issue 16 point 4) against a fake Chatlayer serving the analytics
// endpoints: the designer turns Traffic on, fetches March, sees each block's passes and drop-off share,
// the heat legend and the worst drop-off list, and a row selects its block.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringifyProject } from '../../engine/format';
import { startFakeChatlayer, type FakeChatlayer } from '../fixtures/fake-chatlayer';
import { trafficBot, trafficConversations } from '../engine/chatlayer/analytics/traffic-bot';
import { test as base, expect, startServe, type WebHostProcess } from './fixtures';

const TOKEN = 'traffic-e2e-T0ken-Value';

const test = base.extend<{ fake: FakeChatlayer; botHost: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  fake: async ({}, use) => {
    const fake = await startFakeChatlayer({ token: TOKEN, conversations: await trafficConversations() });
    await use(fake);
    await fake.close();
  },
  botHost: async ({ fake }, use) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'botloom-traffic-'));
    const file = path.join(folder, 'traffic.json');
    const chatlayer = { ...trafficBot.chatlayer, baseUrl: fake.url, botId: '1001' };
    writeFileSync(file, stringifyProject({ ...trafficBot, chatlayer }));
    const host = await startServe([file], undefined, {
      BOTLOOM_SECRET_STORE: 'file',
      BOTLOOM_CHATLAYER_TOKEN: TOKEN,
    });
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  },
});

test('a designer paints live traffic on the canvas and jumps to the worst drop-off block', async ({
  page,
  botHost,
  fake,
}) => {
  await page.goto(botHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('toggle-traffic').click();
  await expect(page.getByTestId('toggle-traffic')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('traffic-since').fill('2024-03-01');
  await page.getByLabel('To (excl.)').fill('2024-04-01');
  await page.getByTestId('traffic-fetch').click();

  await expect(page.getByTestId('traffic-where')).toContainText('bot 1001 (DRAFT)');
  await expect(page.getByTestId('traffic-legend')).toBeVisible();
  // The canvas mounts only the blocks in view: fit the flow first.
  await page.getByTestId('zoom-to-fit').click();
  // March, every language: six conversations start at the welcome, one stops there; one of the three
  // that reach the size question stops there.
  await expect(page.getByTestId('traffic-badge-welcome')).toHaveText('6 in · 17% stop');
  await expect(page.getByTestId('traffic-badge-size')).toHaveText('3 in · 33% stop');
  const rows = page.getByTestId('traffic-worst').getByRole('button');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('33%');
  expect(fake.state.requests.filter((r) => r.path.endsWith('/edges'))).toHaveLength(8);

  await page.getByTestId('traffic-worst-size').click();
  await expect(page.getByTestId('block-size')).toHaveClass(/is-selected/);

  // Off: the badges go, the panel closes.
  await page.getByTestId('toggle-traffic').click();
  await expect(page.getByTestId('traffic-badge-welcome')).toHaveCount(0);
  await expect(page.getByTestId('traffic-panel')).toHaveCount(0);
  expect(await page.content()).not.toContain(TOKEN);
});
