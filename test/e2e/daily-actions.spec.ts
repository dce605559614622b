// The daily Chatlayer actions end to end: a designer adds Get time, Send e-mail, JSON builder and Clear
// session blocks from the palette and the keyboard, edits them in the inspector (a bad address is
// refused), runs the bot in the simulator and finds the event rows in the chat and the e-mail in the
// Outbox tab, then checks the exported project.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Project, type Block } from '../../engine/model';

test('adds the action blocks, edits them, and runs them in the simulator', async ({ page, webHost }) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Actions bot');
  await expect(canvas.block('welcome')).toBeVisible();
  await page.mouse.move(700, 300);
  await page.mouse.wheel(0, 400);
  const box = (await page.getByTestId('flow-canvas').boundingBox())!;
  const spot = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });

  await canvas.dragFromPalette('getTime', spot(0.62, 0.25));
  await expect(canvas.block('getTime_1')).toBeVisible();
  await canvas.dragFromPalette('email', spot(0.62, 0.6));
  await expect(canvas.block('email_1')).toBeVisible();
  await canvas.dragFromPalette('jsonBuilder', spot(0.88, 0.25));
  await expect(canvas.block('jsonBuilder_1')).toBeVisible();
  await canvas.focusCanvas();
  await page.keyboard.press('6');
  await expect(canvas.block('clearSession_1')).toBeVisible();

  await canvas.select('welcome');
  await canvas.fill('field-next', 'getTime_1');

  // Get time: the variable, an offset, and the note on what it stores.
  await canvas.select('getTime_1');
  await canvas.fill('field-variable', 'clock');
  await canvas.fill('field-offsetHours', '2');
  await expect(page.getByTestId('get-time-shape')).toContainText('{clock.offset…} at UTC+02:00');
  await expect(canvas.block('getTime_1')).toContainText('UTC and UTC+02:00');
  await canvas.fill('field-next', 'email_1');

  // Send e-mail: a bad address is refused under the field; a good one is kept.
  await canvas.select('email_1');
  await canvas.fill('field-to', 'sales at example');
  await expect(page.getByTestId('inspector')).toContainText('"sales at example" is not an e-mail address.');
  await canvas.fill('field-to', 'sales@example.com');
  await canvas.fill('field-subject', 'Hour {clock.utc.hours}');
  await canvas.fill('field-next', 'jsonBuilder_1');
  await expect(canvas.block('email_1')).toContainText('to sales@example.com');

  // JSON builder: the data object and the parent-window switch.
  await canvas.select('jsonBuilder_1');
  await canvas.fill('field-data', '{ "page": "checkout", "hours": "{clock.offset.hours}" }');
  await page.getByText('Send to the parent window (web channel)').click();
  await canvas.fill('field-next', 'clearSession_1');

  await canvas.select('clearSession_1');
  await expect(page.getByTestId('clear-session-note')).toContainText('Removes every session variable');

  // The simulator: the welcome bubble, then two event rows, no other bubble; the conversation ends.
  await page.getByTestId('sim-restart').click();
  await expect(page.getByTestId('chat-event')).toHaveCount(2);
  await expect(page.getByTestId('chat-event').first()).toContainText('E-mail to sales@example.com: Hour ');
  await expect(page.getByTestId('chat-event').last()).toContainText(
    /Event to the parent window \{"hours":\d+,"page":"checkout"\}|Event to the parent window \{"page":"checkout","hours":\d+\}/,
  );
  await expect(page.getByTestId('chat-bot')).toHaveCount(1);
  await expect(page.getByTestId('chat-log')).toContainText('The conversation has ended.');

  await page.getByTestId('sim-tab-outbox').click();
  await expect(page.getByTestId('outbox-mail')).toHaveCount(1);
  await expect(page.getByTestId('outbox-to')).toHaveText('sales@example.com');
  await expect(page.getByTestId('outbox-subject')).toHaveText(/^Hour \d+$/);
  await expect(page.getByTestId('sim-tab-outbox')).toContainText('1');

  // The saved project holds the four blocks as edited.
  const project = Project.parse(await canvas.exportJson(path));
  const byId = new Map<string, Block>(project.flows.flatMap((f) => f.blocks).map((b) => [b.id, b]));
  expect(byId.get('getTime_1')).toMatchObject({ variable: 'clock', offsetHours: 2, next: 'email_1' });
  expect(byId.get('email_1')).toMatchObject({ to: 'sales@example.com', subject: 'Hour {clock.utc.hours}' });
  expect(byId.get('jsonBuilder_1')).toMatchObject({
    data: { page: 'checkout', hours: '{clock.offset.hours}' },
    toParentWindow: true,
    next: 'clearSession_1',
  });
  expect(byId.get('clearSession_1')).toMatchObject({ type: 'clearSession' });
});
