// The small bot behind the traffic tests, and its conversations as the fake Chatlayer records them:
// five in March 2024 (two orders, one stop at the size question, one stop at the welcome, one help),
// one in 2023 (out of range) and one in French.
import { Project } from '../../../../engine/model';
import type { CodeRunner } from '../../../../engine/sandbox/code-runner';
import { recorded, type SeedConversation } from '../../../fixtures/fake-chatlayer';

export const trafficBot = Project.parse({
  format: 'botloom/1',
  name: 'Traffic',
  startBlock: 'welcome',
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        {
          id: 'welcome',
          type: 'message',
          messages: [
            {
              kind: 'buttons',
              text: 'What now?',
              buttons: [
                { title: 'Order', goTo: 'size' },
                { title: 'Help', goTo: 'help' },
              ],
            },
          ],
        },
        {
          id: 'size',
          type: 'message',
          messages: [
            {
              kind: 'buttons',
              text: 'Which size?',
              buttons: [
                { title: 'Large', goTo: 'done' },
                { title: 'Small', goTo: 'done' },
              ],
            },
          ],
        },
        { id: 'done', type: 'message', messages: [{ kind: 'text', text: 'Ordered.' }] },
        { id: 'help', type: 'message', messages: [{ kind: 'text', text: 'Call us.' }] },
      ],
    },
  ],
  chatlayer: { ids: { welcome: 'st-welcome', size: 'st-size', done: 'st-done', help: 'st-help' } },
});

/** No block of the bot runs code. */
export const noCode = {
  run: () => Promise.reject(new Error('the traffic bot runs no code')),
  dispose: () => Promise.resolve(),
} as unknown as CodeRunner;

export const MARCH = { since: '2024-03-01T00:00:00.000Z', until: '2024-04-01T00:00:00.000Z' };

export async function trafficConversations(): Promise<SeedConversation[]> {
  const at = (day: number) => `2024-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
  const rec = (id: string, createdAt: string, turns: Parameters<typeof recorded>[4]) =>
    recorded(trafficBot, noCode, id, createdAt, turns);
  return [
    await rec('c1', at(1), [{ click: 'Order' }, { click: 'Large' }]),
    await rec('c2', at(2), [{ click: 'Order' }, { click: 'Small' }]),
    await rec('c3', at(3), [{ click: 'Order' }]),
    await rec('c4', at(4), []),
    await rec('c5', at(5), [{ click: 'Help' }]),
    await rec('c6', '2023-06-01T09:00:00.000Z', [{ click: 'Order' }]),
    { ...(await rec('c7', at(6), [{ click: 'Help' }])), language: 'fr' },
  ];
}

/** What March 2024 in English must give, counted by hand. */
export const MARCH_EN = {
  blocks: [
    { blockId: 'welcome', in: 5, out: 4, stopped: 1, dropShare: 0.2 },
    { blockId: 'size', in: 3, out: 2, stopped: 1, dropShare: 1 / 3 },
    { blockId: 'done', in: 2, out: 0, stopped: 2, dropShare: 1 },
    { blockId: 'help', in: 1, out: 0, stopped: 1, dropShare: 1 },
  ],
  edges: [
    { from: 'welcome', to: 'size', count: 3 },
    { from: 'size', to: 'done', count: 2 },
    { from: 'welcome', to: 'help', count: 1 },
  ],
  worst: ['size', 'welcome'],
};
