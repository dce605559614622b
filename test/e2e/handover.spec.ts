// Human hand-over in the simulator: a Send to agent block pauses the bot and opens the agent lane; the
// designer answers as the agent, the user's message goes to the agent (not the bot), and handing back
// runs the Offloading closed block.
import { test as base, expect, serveExample, type WebHostProcess } from './fixtures';

const test = base.extend<{ deskHost: WebHostProcess }>({
  deskHost: serveExample('handover-desk.json'),
});

test('the designer answers as the agent in the simulator and hands back to the bot', async ({
  page,
  deskHost,
}) => {
  await page.goto(deskHost.url);
  await expect(page.getByTestId('flow-canvas')).toBeVisible();
  await page.getByTestId('sim-restart').click();
  await expect(page.getByTestId('chat-bot').last()).toContainText('Hi! I am the parcel bot.');
  await expect(page.getByTestId('agent-lane')).toHaveCount(0);

  // Send to agent: the bot pauses and the agent lane opens.
  await page.getByTestId('chat-choice').filter({ hasText: 'Talk to a person' }).last().click();
  await expect(page.getByTestId('chat-bot').last()).toContainText('I am handing you to a colleague.');
  await expect(page.getByTestId('agent-lane')).toBeVisible();

  // The user's message goes to the agent; the bot says nothing.
  const botMessages = await page.getByTestId('chat-bot').count();
  await page.getByTestId('chat-input').fill('Where is my parcel?');
  await page.getByTestId('chat-send').click();
  await expect(page.getByTestId('chat-user').last()).toContainText('Where is my parcel?');
  await expect(page.getByTestId('chat-bot')).toHaveCount(botMessages);

  // The designer answers as the agent, then hands back: the Offloading closed block runs.
  await page.getByTestId('agent-input').fill('Hello, Sam here. Your parcel leaves the depot today.');
  await page.getByTestId('agent-send').click();
  await expect(page.getByTestId('chat-agent').last()).toContainText('Sam here');
  await page.getByTestId('agent-close').click();
  await expect(page.getByTestId('chat-bot').last()).toContainText('The bot is back. Anything else?');
  await expect(page.getByTestId('agent-lane')).toHaveCount(0);

  // The bot answers again.
  await page.getByTestId('chat-choice').filter({ hasText: 'Track my parcel' }).last().click();
  await expect(page.getByTestId('chat-bot').last()).toContainText('Your parcel is on its way.');
});
