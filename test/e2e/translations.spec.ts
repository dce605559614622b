// Multi-language editing end to end (issue 15): add a secondary language in Settings, switch the title bar's
// language, see a missing text marked on the canvas, type its translation in the Translations table, undo and
// redo it (one step each), see the canvas show the translated text, and talk to the bot in that language.
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('a text is translated in the Translations table, undone, redone and shown on the canvas', async ({
  page,
  webHost,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createProject(webHost.url, 'Polyglot');
  // No secondary language yet: no switcher.
  await expect(page.getByTestId('view-language')).toHaveCount(0);

  await page.getByTestId('tab-settings').click();
  await page.getByTestId('add-language-input').fill('nl_BE');
  await page.getByTestId('add-language').click();
  await expect(page.getByTestId('language-error')).toContainText('not a BCP 47 language tag');
  await page.getByTestId('add-language-input').fill('nl');
  await page.getByTestId('add-language').click();
  await expect(page.getByTestId('secondary-languages')).toContainText('nl');
  await expect(page.getByTestId('language-error')).toHaveCount(0);

  await page.getByTestId('view-language').selectOption('nl');
  const welcome = canvas.block('welcome');
  await expect(welcome.getByTestId('missing-translation')).toBeVisible();
  await expect(welcome).toContainText('Hi! How can I help you?');

  await page.getByTestId('open-translations').click();
  const row = page.getByTestId('translation-row-welcome|messages.0.text');
  const cell = row.getByTestId('translation-cell-nl');
  await expect(cell).toContainText('missing');
  await cell.click();
  await page.keyboard.press('Enter');
  await page.getByTestId('translation-editor').fill('Hallo! Hoe kan ik helpen?');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('Hallo! Hoe kan ik helpen?');
  await expect(page.getByTestId('translations-grid')).toBeFocused();

  await page.keyboard.press('ControlOrMeta+Z');
  await expect(cell).toContainText('missing');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(cell).toHaveText('Hallo! Hoe kan ik helpen?');

  // The missing filter drops the translated row.
  await page.getByTestId('translations-status').selectOption('missing');
  await expect(row).toHaveCount(0);

  await page.getByTestId('translations-close').click();
  await expect(welcome).toContainText('Hallo! Hoe kan ik helpen?');
  await expect(welcome.getByTestId('missing-translation')).toHaveCount(0);
  // Back in the primary language the canvas shows the primary text.
  await page.getByTestId('view-language').selectOption('en');
  await expect(welcome).toContainText('Hi! How can I help you?');

  // The simulator talks in the language picked for it: the translated text in Dutch, the primary in English.
  await page.getByTestId('sim-restart').click();
  await expect(page.getByTestId('chat-bot').first()).toContainText('Hi! How can I help you?');
  await page.getByTestId('sim-language').selectOption('nl');
  await expect(page.getByTestId('chat-bot').first()).toContainText('Hallo! Hoe kan ik helpen?');
  await page.getByTestId('sim-language').selectOption('en');
  await expect(page.getByTestId('chat-bot').first()).toContainText('Hi! How can I help you?');
});
