// Typed text that equals a button's title (ignoring case and surrounding spaces): Chatlayer routes it through NLP like
// any message, so the simulator says so the first time it happens (docs/file-format.md#turn-order).
import type { Button, Message } from '../../engine/model';
import type { ChatEntry } from './chat-entries';

function buttonsOf(m: Message): Button[] {
  if (m.kind === 'buttons') return m.buttons;
  if (m.kind === 'quickReplies') return m.replies;
  if (m.kind === 'carousel') return m.cards.flatMap((c) => c.buttons);
  return [];
}

/** The title of a jump button in the chat that `text` equals, newest first; undefined when none. */
export function typedButtonTitle(entries: readonly ChatEntry[], text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return undefined;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind !== 'bot') continue;
    const hit = buttonsOf(e.message).find((b) => !('url' in b) && b.title.trim().toLowerCase() === wanted);
    if (hit) return hit.title;
  }
  return undefined;
}
