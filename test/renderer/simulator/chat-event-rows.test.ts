// The chat shows a JSON builder's data and an e-mail as event rows, never as bot bubbles; the
// timeline names the new trace events in the designer's words.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../engine/model';
import { chatEntries } from '../../../renderer/simulator/chat-entries';
import { traceSummary } from '../../../renderer/simulator/trace-summary';

const events: TraceEvent[] = [
  { type: 'message', seq: 0, at: 0, blockId: 'hi', source: 'block', message: { kind: 'text', text: 'Hi' } },
  { type: 'event', seq: 1, at: 0, blockId: 'data', data: { page: 'checkout' }, toParentWindow: true },
  { type: 'email', seq: 2, at: 0, blockId: 'mail', to: ['a@example.com'], subject: 'Lead', body: 'Call' },
  { type: 'clear', seq: 3, at: 0, blockId: 'reset', path: 'order', old: { size: 'large' } },
];

describe('event rows in the chat', () => {
  it('gives the data event and the e-mail their own rows, after the bubble', () => {
    expect(chatEntries(events).map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([
      ['bot', ''],
      ['event', 'Event to the parent window {"page":"checkout"}'],
      ['event', 'E-mail to a@example.com: Lead (in the Outbox, not sent)'],
    ]);
  });

  it('summarises clear, event and email in the timeline', () => {
    expect(events.slice(1).map(traceSummary)).toEqual([
      'event to the parent window: {"page":"checkout"}',
      'e-mail to a@example.com: Lead (kept in the outbox, not sent)',
      'clear order (was {"size":"large"})',
    ]);
  });
});
