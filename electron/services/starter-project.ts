// The project a new Botloom project starts from: one flow, a welcome message, a fallback.
import type { Project } from '../../engine/model';

export function starterProject(name: string, language = 'en'): Project {
  return {
    format: 'botloom/1',
    name,
    language,
    startBlock: 'welcome',
    fallbackBlock: 'not_understood',
    // New projects use Chatlayer's expression syntax, as new Chatlayer bots do (docs/expressions.md).
    settings: { expressionSyntax: true },
    variables: [],
    intents: [],
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'welcome',
            type: 'message',
            name: 'Welcome',
            position: { x: 0, y: 0 },
            messages: [{ kind: 'text', text: 'Hi! How can I help you?' }],
          },
          {
            id: 'not_understood',
            type: 'message',
            name: 'Not understood',
            position: { x: 0, y: 200 },
            messages: [{ kind: 'text', text: "Sorry, I didn't get that. Could you say it differently?" }],
          },
        ],
      },
    ],
    tests: [],
    mocks: [],
  };
}
