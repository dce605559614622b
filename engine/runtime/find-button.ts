// The buttons a conversation has offered, and the one a click means (docs/file-format.md#turn-order step 1). A click is
// a postback: it names the button's title and, like Chatlayer's payload, may carry its target. Buttons of earlier
// turns stay clickable; a click that names no button the bot sent is refused.
import type { Button, Message } from '../model';

/** Buttons kept for clicks; the oldest are forgotten beyond this. */
export const OFFERED_BUTTONS_LIMIT = 500;

export function buttonsOf(message: Message): Button[] {
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

const normal = (title: string) => title.trim().toLowerCase();

/** Every button sent so far, oldest first (the rendered buttons: their `set` values are still templates). */
export class OfferedButtons {
  private readonly list: Button[] = [];

  add(message: Message): void {
    const buttons = buttonsOf(message);
    if (!buttons.length) return;
    this.list.push(...buttons);
    if (this.list.length > OFFERED_BUTTONS_LIMIT)
      this.list.splice(0, this.list.length - OFFERED_BUTTONS_LIMIT);
  }

  /**
   * The newest button titled `title` (ignoring case and surrounding spaces) that jumps to `target` when one is
   * given; undefined when the bot never sent such a button.
   */
  find(title: string, target?: string): Button | undefined {
    const wanted = normal(title);
    if (!wanted) return undefined;
    for (let i = this.list.length - 1; i >= 0; i--) {
      const b = this.list[i]!;
      if (normal(b.title) !== wanted) continue;
      if (target === undefined || (!('url' in b) && b.goTo === target)) return b;
    }
    return undefined;
  }
}
