// A small pizza bot for the runner and reporter tests (no code blocks, so the code runner is a fake
// that must not be called).
import type { ConversationTest, Project } from '../../../engine/model';
import type { CodeRunner } from '../../../engine/sandbox/code-runner';
import { api, buttons, input, jump, message, project, text } from '../../builders';

export const noCode: CodeRunner = {
  run: async () => {
    throw new Error('no code block expected');
  },
  dispose: async () => {},
};

export function pizzaBot(tests: ConversationTest[], extra: Partial<Project> = {}): Project {
  return project({
    name: 'Pizza bot',
    blocks: [
      message('welcome', {
        messages: [
          text('Welcome {user.name}!'),
          buttons('What would you like?', [jump('Pizza', 'ask_size'), jump('Nothing', 'bye')]),
        ],
      }),
      message('ask_size', {
        messages: [
          buttons('Which size?', [
            jump('Large', 'stock', { 'order.size': 'large' }),
            jump('Small', 'stock', { 'order.size': 'small' }),
          ]),
        ],
      }),
      api('stock', {
        url: 'https://shop.example.com/stock/{order.size}',
        saveAs: 'stock',
        next: 'confirm',
        onError: 'down',
      }),
      input('confirm', {
        ask: 'Great, a {order.size} pizza. {stock.left} left. Your name?',
        variable: 'user.name',
        askAlways: true,
        next: 'bye',
      }),
      message('down', { text: 'The shop is down: {lastError}' }),
      message('bye', { text: 'Bye {user.name}!', next: 'save_order' }),
      // An API block without `next` ends the conversation.
      api('save_order', {
        method: 'POST',
        url: 'https://shop.example.com/orders',
        body: { size: '{order.size}' },
      }),
    ],
    mocks: [
      { method: 'GET', url: 'https://shop.example.com/stock/*', status: 200, body: { left: 3 } },
      { method: 'POST', url: 'https://shop.example.com/orders', status: 201, body: { id: 7 } },
    ],
    tests,
    ...extra,
  });
}
