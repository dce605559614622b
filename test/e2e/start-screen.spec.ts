// The foundation end to end: the UI through the web host in Chromium, a project created through the contract.
import { test, expect } from './fixtures';

test('creates a project from the start screen and sees it listed', async ({ page, webHost }, testInfo) => {
  await page.goto(webHost.url);
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await expect(page.getByTestId('no-recents')).toBeVisible();
  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token=');

  await page.getByTestId('new-project-name').fill('Pizza bot');
  await page.getByTestId('create-project').click();
  await expect(page.getByTestId('workspace')).toBeVisible();
  await expect(page.getByTestId('open-project-name')).toHaveText('Pizza bot');
  await expect(page.getByTestId('canvas')).toBeVisible();

  await page.getByRole('button', { name: 'Back to projects' }).click();
  await expect(page.getByTestId('recent-projects')).toContainText('Pizza bot');
  await page.screenshot({ path: testInfo.outputPath('start-screen.png'), fullPage: true });
  await testInfo.attach('start-screen', {
    path: testInfo.outputPath('start-screen.png'),
    contentType: 'image/png',
  });

  // The list survives a reload: it comes from the host, not from page state.
  await page.reload();
  await expect(page.getByTestId('recent-projects')).toContainText('Pizza bot');
});

test('shows the field error when the name is empty', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('create-project').click();
  await expect(page.getByRole('alert')).toContainText('give the project a name');
});

test('switches between light and dark themes', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  const html = page.locator('html');
  const first = await html.getAttribute('data-theme');
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', first === 'dark' ? 'light' : 'dark');
});

test('the API refuses a page without the token', async ({ page, webHost }) => {
  await page.goto(webHost.origin + '/');
  const status = await page.evaluate(
    async () =>
      (
        await fetch('/api/projects.list', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
  );
  expect(status).toBe(401);
});
