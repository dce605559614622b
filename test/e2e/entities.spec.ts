// Entities end to end, on examples/flight-booking.json: one sentence fills the destination and the date, the
// simulator skips both questions and the session inspector lists the recognised entities and what they filled;
// the Entities panel adds a value with a synonym, a test sentence recognises it, and undo takes it back.
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

const test = base.extend<{ flightHost: WebHostProcess }>({
  flightHost: serveExample('flight-booking.json'),
});

test('one sentence fills two variables: the questions are skipped and the session inspector shows the entities', async ({
  page,
  flightHost,
}) => {
  await page.goto(flightHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('sim-restart').click();
  await expect(page.getByTestId('chat-bot').last()).toContainText('Where would you like to fly to?');

  await page.getByTestId('chat-input').fill('I want to fly to London tomorrow');
  await page.getByTestId('chat-input').press('Enter');
  await expect(page.getByTestId('chat-bot').last()).toContainText('How many people are travelling?');
  await expect(page.getByTestId('chat-bot').filter({ hasText: 'On which day' })).toHaveCount(0);

  await page.getByTestId('sim-tab-session').click();
  await expect(page.getByTestId('session-entity-destination')).toContainText('"London"');
  await expect(page.getByTestId('session-entity-destination')).toContainText('from “London”');
  await expect(page.getByTestId('session-entity-sys.date')).toContainText(/"\d\d-\d\d-\d{4}"/);
  await expect(page.getByTestId('session-entity-filled')).toContainText('destination');
  await expect(page.getByTestId('session-entity-filled')).toContainText('sys.date');
  await page.getByTestId('session-inspector').screenshot({ path: 'test-results/e2e/entities-session.png' });

  // The date question's inspector: a sys.date validation, future dates only, its own third-failure message,
  // all inside the 320 px inspector without a horizontal scrollbar.
  await new CanvasPage(page).focusCanvas();
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('search-input').fill('On which day');
  await page.keyboard.press('Enter');
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toHaveAttribute('data-block', 'ask_date');
  await expect(page.getByTestId('field-validate')).toHaveValue('entity');
  await expect(page.getByTestId('field-validate-entity')).toHaveValue('sys.date');
  await expect(page.getByTestId('field-validate-only')).toHaveValue('future');
  await expect(page.getByTestId('field-failMessage')).toHaveValue(/Dates seem tricky/);
  expect(await inspector.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await inspector.screenshot({ path: 'test-results/e2e/entities-inspector.png' });
});

test('the Entities panel adds a value with a synonym, a test sentence recognises it, and undo takes it back', async ({
  page,
  flightHost,
}) => {
  const canvas = new CanvasPage(page);
  await page.goto(flightHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('tab-entities').click();
  await expect(page.getByTestId('entity-destination')).toBeVisible();
  await expect(page.getByTestId('entity-booking_reference')).toBeVisible();

  await page.getByTestId('entity-add-value-destination').click();
  await canvas.fill('entity-value-text-destination-5', 'Rome');
  await canvas.fill('entity-synonyms-destination-5', 'Roma, Rom');

  await page.getByTestId('entity-test-input').fill('A weekend in Roma, booking SH-1234');
  await page.getByTestId('entity-test-run').click();
  await expect(page.getByTestId('entity-test-result-destination')).toContainText('"Rome"');
  await expect(page.getByTestId('entity-test-result-destination')).toContainText('from “Roma”');
  await expect(page.getByTestId('entity-test-result-booking_reference')).toContainText('"SH-1234"');
  // Everything wraps inside the narrow side panel: no horizontal scrolling.
  const sideBody = page.locator('.side-body');
  expect(await sideBody.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await page.getByTestId('entity-tester').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/entities-panel.png' });

  // Three gestures, three undo steps: the synonyms, the value's text, the new value.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('entity-synonyms-destination-5')).toHaveValue('');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('entity-value-text-destination-5')).toHaveValue('value_6');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('entity-value-destination-5')).toHaveCount(0);

  await page.getByTestId('entity-test-run').click();
  await expect(page.getByTestId('entity-test-result-destination')).toHaveCount(0);
  await expect(page.getByTestId('entity-test-result-booking_reference')).toContainText('"SH-1234"');
});
