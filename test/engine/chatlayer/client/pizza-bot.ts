// The pizza bot the endpoint tests run behind the fake Chatlayer: buttons, quick replies, an image, intents.
import { Project } from '../../../../engine/model';

export const pizza = Project.parse({
  format: 'botloom/1',
  name: 'Pizza',
  startBlock: 'welcome',
  intents: [
    { id: 'order_pizza', examples: ['I want a pizza', 'order a pizza please'] },
    { id: 'greet', examples: ['hello there', 'good morning'] },
  ],
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        {
          id: 'welcome',
          type: 'message',
          messages: [
            { kind: 'text', text: 'Welcome {user.name}!' },
            {
              kind: 'buttons',
              text: 'Pizza or pasta?',
              buttons: [
                { title: 'Pizza', goTo: 'pizza' },
                { title: 'Menu', url: 'https://example.com' },
              ],
            },
          ],
        },
        {
          id: 'pizza',
          type: 'message',
          messages: [{ kind: 'quickReplies', text: 'Size?', replies: [{ title: 'Large', goTo: 'done' }] }],
        },
        {
          id: 'done',
          type: 'message',
          messages: [
            { kind: 'image', url: 'https://example.com/pizza.png' },
            { kind: 'text', text: 'Done.' },
          ],
        },
      ],
    },
  ],
  chatlayer: { ids: { pizza: 'a0b1-pizza' } },
});
