// The chat transcript from the trace: the user's messages, the bot's and the agent's messages, errors and event rows
// (hand-overs included), in order,
// each knowing whether it belongs to the latest turn, and for a text message with variants, which one was sent.
import type { Message, TraceEvent } from '../../engine/model';

export type ChatEntry =
  /** `toAgent`: sent while a hand-over was open, so the agent got it, not the bot. */
  | { kind: 'user'; seq: number; text: string; via: 'text' | 'click'; toAgent?: boolean }
  /** A message the human agent wrote during a hand-over (never a bot message). */
  | { kind: 'agent'; seq: number; text: string }
  | {
      kind: 'bot';
      seq: number;
      message: Message;
      blockId: string | null;
      latest: boolean;
      /** "variant 2 of 3" for a text message with variants. */
      variant?: string;
    }
  | { kind: 'error'; seq: number; text: string; blockId: string | null }
  /** A data-only event (JSON builder) or an e-mail put in the outbox: a row, never a bubble. */
  | { kind: 'event'; seq: number; text: string; blockId: string | null };

/** How an event row reads: the data sent, or the e-mail kept in the outbox. */
function eventText(e: TraceEvent): string | undefined {
  if (e.type === 'event')
    return `${e.toParentWindow ? 'Event to the parent window' : 'Event'} ${JSON.stringify(e.data)}`;
  if (e.type === 'email') return `E-mail to ${e.to.join(', ')}: ${e.subject} (in the Outbox, not sent)`;
  if (e.type === 'offload')
    return e.action === 'open'
      ? `Handed over to an agent (${e.blockId}): the bot is paused${e.note ? `. Note: ${e.note}` : ''}`
      : e.action === 'disabled'
        ? `No agent available (${e.blockId}): Offloading disabled`
        : 'The agent handed back to the bot';
  return undefined;
}

export function chatEntries(events: readonly TraceEvent[]): ChatEntry[] {
  let lastUser = -1;
  for (const e of events) if (e.type === 'user') lastUser = e.seq;
  const entries: ChatEntry[] = [];
  for (const e of events) {
    if (e.type === 'user')
      entries.push({
        kind: 'user',
        seq: e.seq,
        text: e.text,
        via: e.via,
        ...(e.toAgent ? { toAgent: true } : {}),
      });
    else if (e.type === 'agent') entries.push({ kind: 'agent', seq: e.seq, text: e.text });
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
    else {
      const text = eventText(e);
      if (text !== undefined) entries.push({ kind: 'event', seq: e.seq, text, blockId: e.blockId });
    }
  }
  return entries;
}
