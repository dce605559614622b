// The Event block end to end: a designer adds it from the palette (it has no digit key), chooses the
// variable it watches in the inspector and what it runs, and the simulator runs that detour when the
// variable changes, then goes on where the conversation was.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Project, type Block } from '../../engine/model';

test('an Event block runs its blocks when the watched variable changes', async ({ page, webHost }) => {
  const canvas = new CanvasPage(page);
  const path = await canvas.createProject(webHost.url, 'Event bot');
  await expect(canvas.block('welcome')).toBeVisible();
  await page.mouse.move(700, 300);
  await page.mouse.wheel(0, 400);
  const box = (await page.getByTestId('flow-canvas').boundingBox())!;
  const spot = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });

  await canvas.dragFromPalette('getTime', spot(0.62, 0.25));
  await expect(canvas.block('getTime_1')).toBeVisible();
  await canvas.dragFromPalette('onVariableChange', spot(0.62, 0.6));
  await expect(canvas.block('onVariableChange_1')).toBeVisible();
  await canvas.dragFromPalette('jsonBuilder', spot(0.88, 0.6));
  await expect(canvas.block('jsonBuilder_1')).toBeVisible();

  // welcome → Get time (sets {clock}); the Event watches {clock} and runs the JSON builder.
  await canvas.select('welcome');
  await canvas.fill('field-next', 'getTime_1');
  await canvas.select('getTime_1');
  await canvas.fill('field-variable', 'clock');

  await canvas.select('onVariableChange_1');
  await canvas.fill('field-variable', 'clock');
  await expect(page.getByTestId('event-explainer')).toContainText('{clock}');
  await expect(canvas.block('onVariableChange_1')).toContainText('when {clock} changes');
  await canvas.fill('field-next', 'jsonBuilder_1');
  await canvas.select('jsonBuilder_1');
  await canvas.fill('field-data', '{ "fired": "yes" }');

  // The simulator: Get time changes {clock}, so the Event's detour sends the JSON builder's event row.
  await page.getByTestId('sim-restart').click();
  await expect(page.getByTestId('chat-event')).toHaveCount(1);
  await expect(page.getByTestId('chat-event')).toContainText('Event {"fired":"yes"}');
  await expect(page.getByTestId('chat-log')).toContainText('The conversation has ended.');

  const project = Project.parse(await canvas.exportJson(path));
  const byId = new Map<string, Block>(project.flows.flatMap((f) => f.blocks).map((b) => [b.id, b]));
  expect(byId.get('onVariableChange_1')).toMatchObject({ variable: 'clock', next: 'jsonBuilder_1' });
});
