// Small projects for the edit tests (local until test/builders exists).
import { Project, type Block } from '../../../engine/model';

export const message = (id: string, extra: Partial<Extract<Block, { type: 'message' }>> = {}): Block => ({
  id,
  type: 'message',
  messages: [{ kind: 'text', text: `Hi from ${id}` }],
  ...extra,
});

/** A pizza bot with every kind of reference: next, buttons, rules, else, onError, onFail, $block, intents, tests. */
export function pizzaProject(): Project {
  return Project.parse({
    format: 'botloom/1',
    name: 'Pizza bot',
    startBlock: 'welcome',
    fallbackBlock: 'not_understood',
    variables: [{ name: 'order.size' }, { name: 'user.name' }],
    intents: [{ id: 'order_pizza', examples: ['I want a pizza'], block: 'ask_size' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          { id: 'welcome', type: 'message', messages: [{ kind: 'text', text: 'Welcome {user.name}!' }], next: 'ask_size', position: { x: 0, y: 0 } },
          {
            id: 'ask_size',
            type: 'message',
            messages: [{ kind: 'buttons', text: 'Size?', buttons: [{ title: 'Large', goTo: 'route', set: { 'order.size': 'large' } }, { title: 'Docs', url: 'https://x' }] }],
          },
          {
            id: 'route',
            type: 'goto',
            rules: [{ when: { var: 'order.size', op: 'eq', value: 'large' }, goTo: 'check_stock' }],
            else: 'ask_email',
          },
          {
            id: 'check_stock',
            type: 'api',
            url: 'https://shop.example.com/stock/{order.size}',
            body: { size: '{order.size|toUpperCase}', back: { $block: 'welcome' } },
            next: 'ask_email',
            onError: 'not_understood',
          },
          { id: 'ask_email', type: 'input', variable: 'user.email', validate: { kind: 'email' }, onFail: 'not_understood', next: 'done' },
        ],
      },
      {
        id: 'support',
        name: 'Support',
        blocks: [
          { id: 'not_understood', type: 'message', messages: [{ kind: 'text', text: 'Sorry?' }] },
          { id: 'done', type: 'code', code: 'send()', next: 'welcome', onError: 'not_understood' },
        ],
      },
    ],
    tests: [{ name: 'orders', startBlock: 'welcome', steps: [{ click: 'Large' }, { expectBlock: 'ask_email' }] }],
    mocks: [{ url: 'https://shop.example.com/*', body: { ok: true } }],
    chatlayer: { ids: { welcome: 'id-1', ask_size: 'id-2' } },
  });
}
