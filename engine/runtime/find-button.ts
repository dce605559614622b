// Finds the button a user message means (docs/file-format.md#turn-order step 1): titles match case-insensitively, newest
// message first, among the bot messages sent since the user's previous message.
import type { Button, Message } from '../model';

function buttonsOf(message: Message): Button[] {
  switch (message.kind) {
    case 'buttons':
      return message.buttons;
    case 'quickReplies':
      return message.replies;
    case 'carousel':
      return message.cards.flatMap((c) => c.buttons);
    default:
      return [];
  }
}

/** The newest button titled `title` (ignoring case and surrounding spaces), or undefined. */
export function findButton(
  messages: readonly Message[],
  title: string,
  options: { jumpsOnly: boolean },
): Button | undefined {
  const wanted = title.trim().toLowerCase();
  if (!wanted) return undefined;
  for (let i = messages.length - 1; i >= 0; i--) {
    const match = buttonsOf(messages[i]!).find(
      (b) => b.title.trim().toLowerCase() === wanted && (!options.jumpsOnly || 'goTo' in b),
    );
    if (match) return match;
  }
  return undefined;
}
