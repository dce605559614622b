// Projects for the store's tests: a small hand-made one and a large generated one (message, input,
// goto, api and code blocks chained across flows), deterministic for a seed.
import type { Block, Project } from '../../../../engine/model';

export function smallProject(name = 'Pizza bot'): Project {
  return {
    format: 'botloom/1',
    name,
    language: 'en',
    startBlock: 'welcome',
    fallbackBlock: 'not_understood',
    variables: [{ name: 'order.size', description: 'Chosen size' }],
    intents: [{ id: 'order_pizza', examples: ['I want a pizza'], block: 'ask_size' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'welcome',
            type: 'message',
            messages: [{ kind: 'text', text: 'Hi!' }],
            next: 'ask_size',
            position: { x: 0, y: 0 },
          },
          {
            id: 'ask_size',
            type: 'input',
            prompt: [{ kind: 'text', text: 'Size?' }],
            variable: 'order.size',
            validate: { kind: 'any' },
            next: 'done',
          },
          { id: 'done', type: 'message', messages: [{ kind: 'text', text: 'Thanks' }] },
          { id: 'not_understood', type: 'message', messages: [{ kind: 'text', text: 'Sorry?' }] },
        ],
      },
    ],
    tests: [{ name: 'greets', steps: [{ bot: 'Hi!' }] }],
    mocks: [{ method: 'GET', url: 'https://x.example/*', status: 200 }],
  } as Project;
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** A project of `blocks` blocks in flows of 500, each chained to the next. */
export function largeProject(blocks: number, seed = 1): Project {
  const random = rng(seed);
  const id = (i: number) => `b${String(i).padStart(5, '0')}`;
  const flows: Project['flows'] = [];
  for (let i = 0; i < blocks; i++) {
    const f = Math.floor(i / 500);
    if (!flows[f]) flows[f] = { id: `flow${f}`, name: `Flow ${f}`, blocks: [] };
    const next = i + 1 < blocks ? id(i + 1) : undefined;
    const kind = Math.floor(random() * 5);
    const base = {
      id: id(i),
      name: `Block ${i}`,
      position: { x: (i % 20) * 240, y: Math.floor(i / 20) * 160 },
    };
    let block: Block;
    if (kind === 0)
      block = {
        ...base,
        type: 'input',
        prompt: [{ kind: 'text', text: `Question ${i}?` }],
        variable: `v.n${i % 50}`,
        validate: { kind: 'any' },
        ...(next ? { next } : {}),
      } as Block;
    else if (kind === 1)
      block = {
        ...base,
        type: 'goto',
        rules: [
          { when: { var: `v.n${i % 50}`, op: 'eq', value: 'x' }, goTo: id(Math.floor(random() * blocks)) },
        ],
        else: next ?? id(0),
      } as Block;
    else if (kind === 2)
      block = {
        ...base,
        type: 'api',
        method: 'GET',
        url: `https://api.example.com/items/${i}`,
        saveAs: `r${i % 10}`,
        ...(next ? { next } : {}),
      } as Block;
    else if (kind === 3)
      block = {
        ...base,
        type: 'code',
        code: `const b = ChatlayerResponseBuilder();\nb.addSessionVariable('n', args.n + ${i}).send();`,
        args: { n: '{v.n1}' },
        ...(next ? { next } : {}),
      } as Block;
    else
      block = {
        ...base,
        type: 'message',
        messages: [{ kind: 'text', text: `Message number ${i}, with some words to make it realistic.` }],
        ...(next ? { next } : {}),
      } as Block;
    flows[f]!.blocks.push(block);
  }
  return {
    format: 'botloom/1',
    name: `Generated ${blocks}`,
    language: 'en',
    startBlock: id(0),
    variables: Array.from({ length: 50 }, (_, i) => ({ name: `v.n${i}` })),
    intents: [],
    flows,
    tests: [],
    mocks: [],
  } as Project;
}
