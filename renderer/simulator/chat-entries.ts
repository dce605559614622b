// The chat transcript from the trace: the user's messages, the bot's messages and the errors, in order,
// each knowing whether it belongs to the latest turn, and for a text message with variants, which one was sent.
import type { Message, TraceEvent } from '../../engine/model';

export type ChatEntry =
  | { kind: 'user'; seq: number; text: string; via: 'text' | 'click' }
  | {
      kind: 'bot';
      seq: number;
      message: Message;
      blockId: string | null;
      latest: boolean;
      /** "variant 2 of 3" for a text message with variants. */
      variant?: string;
    }
  | { kind: 'error'; seq: number; text: string; blockId: string | null };

export function chatEntries(events: readonly TraceEvent[]): ChatEntry[] {
  let lastUser = -1;
  for (const e of events) if (e.type === 'user') lastUser = e.seq;
  const entries: ChatEntry[] = [];
  for (const e of events) {
    if (e.type === 'user') entries.push({ kind: 'user', seq: e.seq, text: e.text, via: e.via });
    else if (e.type === 'message')
      entries.push({
        kind: 'bot',
        seq: e.seq,
        message: e.message,
        blockId: e.blockId,
        latest: e.seq > lastUser,
        ...(e.variants && e.variant !== undefined
          ? { variant: `variant ${e.variant + 1} of ${e.variants.length}` }
          : {}),
      });
    else if (e.type === 'error')
      entries.push({
        kind: 'error',
        seq: e.seq,
        text: `${e.blockId ? `${e.blockId}: ` : ''}${e.message}${e.line ? ` (line ${e.line})` : ''}`,
        blockId: e.blockId,
      });
  }
  return entries;
}
