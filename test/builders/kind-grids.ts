// The canvas benchmark's grid (bench/canvas/generate-flow.ts), one shape per block kind: a plain table
// with no fast-check, because it is bundled into the benchmark's browser page. Keyed by kind like
// kinds.ts, so a kind missing here fails the type check.
import type { BlockOf, BlockType } from '../../engine/model';
import type { GridPlace } from './kind-contract';

export type BlockGrids = { readonly [K in BlockType]: (place: GridPlace) => BlockOf<K> };

export const BLOCK_GRIDS: BlockGrids = {
  message: ({ i, id, position, next, other }) => ({
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
  }),
  input: ({ i, id, position, next }) => ({
    id,
    type: 'input',
    position,
    prompt: [{ kind: 'text', text: `Question ${i}?` }],
    variable: `answers.q${i}`,
    validate: { kind: 'any' },
    next,
  }),
  goto: ({ i, id, position, next, other }) => ({
    id,
    type: 'goto',
    position,
    rules: [{ when: { var: `answers.q${i - 1}`, op: 'eq', value: 'yes' }, goTo: other }],
    else: next,
  }),
  api: ({ i, id, position, next, other }) => ({
    id,
    type: 'api',
    position,
    method: 'GET',
    url: `https://api.example.com/items/${i}`,
    saveAs: `items.i${i}`,
    next,
    onError: other,
  }),
  code: ({ i, id, position, next, other }) => ({
    id,
    type: 'code',
    position,
    code: `const b = ChatlayerResponseBuilder();\nb.addSessionVariable('n', ${i});\nb.send();`,
    next,
    onError: other,
  }),
  clearSession: ({ id, position, next }) => ({ id, type: 'clearSession', position, next }),
  getTime: ({ i, id, position, next }) => ({
    id,
    type: 'getTime',
    position,
    variable: `times.t${i}`,
    offsetHours: 2,
    next,
  }),
  jsonBuilder: ({ i, id, position, next }) => ({
    id,
    type: 'jsonBuilder',
    position,
    data: { step: i, answer: `{answers.q${i - 1}}` },
    next,
  }),
  email: ({ i, id, position, next }) => ({
    id,
    type: 'email',
    position,
    to: 'team@example.com',
    subject: `Step ${i}`,
    body: `Answer: {answers.q${i - 1}}`,
    next,
  }),
  onVariableChange: ({ i, id, position, next }) => ({
    id,
    type: 'onVariableChange',
    position,
    variable: `answers.q${i - 1}`,
    next,
  }),
  knowledge: ({ i, id, position, next, other }) => ({
    id,
    type: 'knowledge',
    position,
    variable: `kb.k${i}`,
    tags: ['faq'],
    next,
    noAnswer: other,
  }),
  table: ({ i, id, position, next }) => ({
    id,
    type: 'table',
    position,
    operation: 'retrieve',
    table: 'answers',
    filters: [{ column: 'step', operator: 'equals', value: `${i}` }],
    saveAs: `answers.row${i}`,
    next,
  }),
  handover: ({ id, position }) => ({ id, type: 'handover', position, note: 'from the grid' }),
};
