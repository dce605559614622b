// Accessibility of the main screens (issue 19 points 6 and 7), in both themes, with axe-core: the start
// screen, the editor (canvas, a selected block's inspector, the simulator after a conversation started),
// the Problems, Variables and History panels, and the Chatlayer dialog. No serious or critical violation
// (colour contrast is one: WCAG AA 4.5:1 for text); icon-only buttons are found by their names.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';

const test = base.extend<{ botHost: WebHostProcess }>({
  botHost: serveExample('pizza-order.json'),
});

/** The serious and critical violations on the page, one line each: rule, then the first elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').at(-1)?.trim() ?? ''}`)
          .join(' | ')}`,
    );
}

async function expectAccessible(page: Page, screen: string) {
  expect.soft(await seriousViolations(page), `axe: ${screen}`).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the main screens have no serious accessibility violations in the ${theme} theme`, async ({
    page,
    botHost,
  }) => {
    test.setTimeout(120_000);
    await page.addInitScript((t) => localStorage.setItem('botloom.theme', t), theme);
    await page.goto(botHost.url);
    await expect(page.getByTestId('flow-canvas')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    // The editor: canvas, toolbar (icon-only buttons by name), a selected block in the inspector.
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('search-input').fill('welcome');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-block', 'welcome');
    await expectAccessible(page, `editor with inspector (${theme})`);

    // The simulator, mid-conversation.
    await page.getByTestId('sim-restart').click();
    await expect(page.getByTestId('chat-log')).toContainText('Welcome to Pizza Palace!');
    await expect(page.getByTestId('sim-status')).toHaveText(/Waiting/);
    await expectAccessible(page, `simulator (${theme})`);

    // Panels.
    for (const tab of ['Problems', 'Variables', 'History'] as const) {
      await page.getByTestId(`tab-${tab.toLowerCase()}`).click();
      await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
      await expectAccessible(page, `${tab} panel (${theme})`);
    }

    // The Chatlayer dialog.
    await page.getByTestId('tab-chatlayer').click();
    await page.getByTestId('chatlayer-open').click();
    await expect(page.getByTestId('chatlayer-dialog')).toBeVisible();
    await expectAccessible(page, `Chatlayer dialog (${theme})`);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByTestId('chatlayer-dialog')).toHaveCount(0);

    // The start screen.
    await page.getByRole('button', { name: 'Back to projects', exact: true }).click();
    await expect(page.getByTestId('new-project-name')).toBeVisible();
    await expectAccessible(page, `start screen (${theme})`);
  });
}
