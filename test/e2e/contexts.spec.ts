// Contexts end to end: the inspector gives the welcome block an output context, the canvas badge shows it, and
// the simulator's session inspector lists it as active with its user turns left, until a user message ages it.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('an output context set in the inspector shows on the canvas and in the session inspector', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createProject(webHost.url, 'Context bot');
  await canvas.select('welcome');
  await page.getByTestId('context-output-add').click();
  await canvas.fill('context-output-0-name', 'greeted');
  await canvas.fill('context-output-0-lifespan', '2');
  await expect(page.getByTestId('contexts-welcome')).toHaveText('+greeted·2');

  await page.getByTestId('sim-restart').click();
  await page.getByTestId('sim-tab-session').click();
  await expect(page.getByTestId('session-context-greeted')).toContainText('2 user turns left');
  await page.getByTestId('chat-input').fill('hello');
  await page.getByTestId('chat-input').press('Enter');
  await expect(page.getByTestId('session-context-greeted')).toContainText('1 user turn left');
});
