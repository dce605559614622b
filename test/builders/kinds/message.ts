// The message block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import type { JumpButton, Message } from '../../../engine/model';
import { blockBase, id, message, transitionSets } from '../arbitrary-parts';
import { text as textMessage } from '../messages';
import { type KindBuilders } from '../kind-contract';

export const messageBuilders: KindBuilders<'message'> = {
  build: (id, overrides = {}) => ({
    id,
    type: 'message',
    messages: [textMessage(`This is ${id}.`)],
    ...overrides,
  }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('message' as const),
      messages: fc.array(message, { maxLength: 3 }),
      next: id,
      nextSet: transitionSets,
    },
    { requiredKeys: ['type', 'messages'] },
  ),
  share: 0.35,
  generate: (g) => {
    const messages: Message[] = [{ kind: 'text', text: g.sentence() }];
    const r = g.rnd();
    const buttons = (): JumpButton[] =>
      Array.from({ length: 1 + g.int(3) }, (_, k) => ({
        title: `Option ${k + 1}`,
        goTo: g.anyBlock(),
        ...(k === 0 ? { set: { 'choice.last': `option ${k + 1}` } } : {}),
      }));
    if (r < 0.2) messages.push({ kind: 'buttons', text: 'Choose:', buttons: buttons() });
    else if (r < 0.3) messages.push({ kind: 'quickReplies', text: 'Quick:', replies: buttons() });
    else if (r < 0.35)
      messages.push({ kind: 'image', url: `https://img.example.com/${g.base.id}.png`, alt: 'A picture' });
    else if (r < 0.4)
      messages.push({
        kind: 'carousel',
        cards: [
          {
            title: 'Card',
            subtitle: g.use(),
            buttons: [{ title: 'More', url: 'https://example.com' }, ...buttons()],
          },
        ],
      });
    const following = g.following;
    const waits = following !== undefined && g.rnd() < 0.15;
    if (waits)
      messages.push({ kind: 'buttons', text: 'Continue?', buttons: [{ title: 'Yes', goTo: following }] });
    return { ...g.base, type: 'message', messages, ...(following && !waits ? { next: following } : {}) };
  },
};
