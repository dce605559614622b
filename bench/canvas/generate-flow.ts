// A generated flow for the canvas benchmark: `count` blocks of every type on a grid, each continuing to
// its neighbour, with buttons, rules and error routes, so nodes have several handles and edges.
import type { Block, Project } from '../../engine/model';

export const COLUMNS = 50;
export const DX = 320;
export const DY = 280;

function block(i: number, count: number): Block {
  const id = `b${i}`;
  const position = { x: (i % COLUMNS) * DX, y: Math.floor(i / COLUMNS) * DY };
  const next = i + 1 < count ? `b${i + 1}` : undefined;
  const other = `b${(i + COLUMNS) % count}`;
  switch (i % 5) {
    case 0:
      return {
        id,
        type: 'message',
        position,
        messages: [
          {
            kind: 'buttons',
            text: `Hello {user.name}, step ${i}`,
            buttons: [
              { title: 'Yes', goTo: other },
              { title: 'No', goTo: next ?? 'b0' },
            ],
          },
        ],
      };
    case 1:
      return {
        id,
        type: 'input',
        position,
        prompt: [{ kind: 'text', text: `Question ${i}?` }],
        variable: `answers.q${i}`,
        validate: { kind: 'any' },
        next,
      };
    case 2:
      return {
        id,
        type: 'goto',
        position,
        rules: [{ when: { var: `answers.q${i - 1}`, op: 'eq', value: 'yes' }, goTo: other }],
        else: next,
      };
    case 3:
      return {
        id,
        type: 'api',
        position,
        method: 'GET',
        url: `https://api.example.com/items/${i}`,
        saveAs: `items.i${i}`,
        next,
        onError: other,
      };
    default:
      return {
        id,
        type: 'code',
        position,
        code: `const b = ChatlayerResponseBuilder();\nb.addSessionVariable('n', ${i});\nb.send();`,
        next,
        onError: other,
      };
  }
}

export function generateProject(count: number): Project {
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) blocks.push(block(i, count));
  return {
    format: 'botloom/1',
    name: `Generated ${count}`,
    language: 'en',
    startBlock: 'b0',
    variables: [],
    intents: [],
    flows: [{ id: 'main', name: 'Main', blocks }],
    tests: [],
    mocks: [],
  };
}
