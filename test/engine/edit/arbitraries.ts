// fast-check generators for the edit property tests: random projects and commands that name things
// the current project has (and sometimes things it does not, to exercise refusals).
import fc from 'fast-check';
import type { Command } from '../../../engine/edit';
import { Project, type Block } from '../../../engine/model';

const blockSeed = fc.record({
  kind: fc.nat(4),
  a: fc.nat(),
  b: fc.nat(),
  x: fc.integer({ min: -500, max: 500 }),
  named: fc.boolean(),
});

export const arbitraryProject = fc
  .record({
    flows: fc.array(fc.array(blockSeed, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
    variables: fc.uniqueArray(fc.constantFrom('order.size', 'user.name', 'user', 'n', 'cart.items'), {
      maxLength: 3,
    }),
    intents: fc.nat(2),
    tests: fc.nat(2),
    mocks: fc.nat(2),
    fallback: fc.boolean(),
  })
  .map((s): Project => {
    const total = s.flows.reduce((n, f) => n + f.length, 0);
    const id = (n: number) => (total === 0 || n % 7 === 6 ? 'ghost' : `b${n % total}`);
    let count = 0;
    const flows = s.flows.map((seeds, fi) => ({
      id: `f${fi}`,
      name: `Flow ${fi}`,
      blocks: seeds.map((seed): Block => {
        const own = `b${count++}`;
        const base = {
          id: own,
          ...(seed.named ? { name: `Block ${own}` } : {}),
          position: { x: seed.x, y: seed.x * 2 },
        };
        switch (seed.kind) {
          case 0:
            return {
              ...base,
              type: 'message',
              messages: [{ kind: 'text', text: `Hi {user.name}` }],
              next: id(seed.a),
            };
          case 1:
            return {
              ...base,
              type: 'message',
              messages: [
                {
                  kind: 'buttons',
                  text: 'Pick',
                  buttons: [{ title: 'A', goTo: id(seed.a), set: { 'order.size': 'a' } }],
                },
              ],
            };
          case 2:
            return {
              ...base,
              type: 'goto',
              rules: [{ when: { var: 'order.size', op: 'eq', value: '{n}' }, goTo: id(seed.a) }],
              else: id(seed.b),
            };
          case 3:
            return {
              ...base,
              type: 'api',
              method: 'GET',
              url: 'https://x/{order.size}',
              body: { to: { $block: id(seed.b) } },
              onError: id(seed.a),
            };
          default:
            return {
              ...base,
              type: 'input',
              prompt: [],
              variable: 'user.name',
              validate: { kind: 'any' },
              onFail: id(seed.a),
            };
        }
      }),
    }));
    const first = total > 0 ? 'b0' : 'start';
    return Project.parse({
      format: 'botloom/1',
      name: 'Generated',
      startBlock: first,
      ...(s.fallback && total > 1 ? { fallbackBlock: 'b1' } : {}),
      variables: s.variables.map((name) => ({ name })),
      intents: Array.from({ length: s.intents }, (_, i) => ({
        id: `i${i}`,
        examples: ['hello'],
        ...(total ? { block: id(i) } : {}),
      })),
      flows,
      tests: Array.from({ length: s.tests }, (_, i) => ({
        name: `t${i}`,
        startBlock: first,
        steps: [{ expectBlock: first }, { expectVars: { 'order.size': 'a' } }],
      })),
      mocks: Array.from({ length: s.mocks }, (_, i) => ({ url: `https://x/${i}` })),
      chatlayer: { ids: total ? { b0: 'cl-0' } : {} },
    });
  });

export type CommandSeed = [number, number, number, number, boolean];
export const commandSeed: fc.Arbitrary<CommandSeed> = fc.tuple(
  fc.nat(25),
  fc.nat(),
  fc.nat(),
  fc.nat(),
  fc.boolean(),
);

/** A command for the current project, picked by a seed (ids chosen among those that exist, mostly). */
export function commandFor(project: Project, [type, a, b, c, flag]: CommandSeed): Command {
  const blocks = project.flows.flatMap((f) => f.blocks);
  const pick = (n: number) =>
    blocks.length === 0 || n % 11 === 10 ? 'ghost' : blocks[n % blocks.length]!.id;
  const flow = (n: number) => (n % 9 === 8 ? 'nowhere' : project.flows[n % project.flows.length]!.id);
  const variables = ['order.size', 'user', 'user.name', 'n', 'size', 'customer'];
  switch (type) {
    case 0:
      return {
        type: 'addBlock',
        flow: flow(a),
        block: { id: `new${b % 5}`, type: 'message', messages: [], next: pick(c) },
        index: flag ? c % 4 : undefined,
      };
    case 1:
      return {
        type: 'updateBlock',
        id: pick(a),
        patch: flag ? { notes: `n${b}` } : { name: null, notes: null },
      };
    case 2:
      return {
        type: 'moveBlocks',
        moves: [
          { id: pick(a), position: { x: b % 100, y: c % 100 } },
          { id: pick(b), position: { x: 1, y: 2 } },
        ],
      };
    case 3:
      return { type: 'deleteBlocks', ids: [...new Set([pick(a), pick(b)])], reconnect: flag };
    case 4:
      return { type: 'renameBlock', from: pick(a), to: flag ? `r${b % 6}` : pick(b) };
    case 5:
      return {
        type: 'connect',
        block: pick(a),
        slot: (['next', 'else', 'onError', 'onFail', 0] as const)[b % 5]!,
        target: pick(c),
      };
    case 6:
      return {
        type: 'disconnect',
        block: pick(a),
        slot: (['next', 'else', 'onError', 'onFail', 0] as const)[b % 5]!,
      };
    case 7:
      return {
        type: 'pasteBlocks',
        flow: flow(a),
        blocks: blocks.length
          ? [blocks[b % blocks.length]!, blocks[c % blocks.length]!]
          : [{ id: 'p', type: 'goto', rules: [] }],
        offset: { x: 10, y: 10 },
      };
    case 8:
      return { type: 'addFlow', id: `f${a % 5}`, name: `Flow ${b}`, index: flag ? b % 3 : undefined };
    case 9:
      return {
        type: 'renameFlow',
        id: flow(a),
        name: `Renamed ${b % 3}`,
        newId: flag ? `g${b % 4}` : undefined,
        index: c % 3,
      };
    case 10:
      return { type: 'deleteFlow', id: flow(a), deleteBlocks: flag };
    case 11:
      return {
        type: 'moveBlocksToFlow',
        ids: [...new Set([pick(a), pick(b)])],
        flow: flow(c),
        index: flag ? c % 3 : undefined,
      };
    case 12:
      return {
        type: 'setVariable',
        variable: { name: variables[a % variables.length]!, ...(flag ? { sensitive: true } : {}) },
      };
    case 13:
      return { type: 'deleteVariable', name: variables[a % variables.length]! };
    case 14:
      return {
        type: 'renameVariable',
        from: variables[a % variables.length]!,
        to: variables[b % variables.length]!,
      };
    case 15:
      return {
        type: 'setIntent',
        intent: { id: `i${a % 4}`, examples: [`ex ${b}`], ...(flag ? { block: pick(c) } : {}) },
      };
    case 16:
      return { type: 'deleteIntent', id: `i${a % 4}` };
    case 17:
      return {
        type: 'setTest',
        test: { name: `t${a % 4}`, steps: [{ user: `u${b}` }] },
        index: flag ? b % 4 : undefined,
      };
    case 18:
      return { type: 'deleteTest', index: a % 4 };
    case 19:
      return {
        type: 'setMock',
        mock: { method: 'GET', url: `https://m/${b}`, status: 200 },
        index: flag ? a % 3 : undefined,
      };
    case 20:
      return { type: 'deleteMock', index: a % 3 };
    case 21:
      return {
        type: 'keepKnowledgeMocks',
        mocks: [
          { question: `Question ${a % 3}?`, answer: `answer ${b % 2}`, ...(flag ? { source: 'live' } : {}) },
        ],
      };
    case 22:
      return {
        type: 'setNote',
        note: { id: `n${a % 3}`, flow: flow(b), position: { x: c % 50, y: 0 }, text: `t${b}` },
      };
    case 23:
      return {
        type: 'setFrame',
        frame: {
          id: `fr${a % 2}`,
          flow: flow(b),
          title: 'F',
          position: { x: -600, y: -1200 },
          size: { width: 1200, height: 2400 },
        },
      };
    case 24:
      return {
        type: 'moveAnnotations',
        moves: [{ id: flag ? `fr${a % 2}` : `n${a % 3}`, position: { x: b % 90, y: c % 90 } }],
      };
    case 25:
      return { type: 'deleteAnnotations', ids: [flag ? `fr${a % 2}` : `n${a % 3}`] };
    default:
      return {
        type: 'updateSettings',
        patch: flag
          ? { startBlock: pick(a), fallbackBlock: null }
          : {
              name: `Bot ${b}`,
              fallbackBlock: pick(c),
              nlp: { threshold: 0.5, ...(c % 2 ? { entityThreshold: 0.9 } : {}) },
              entities: [{ name: 'e', kind: 'match', values: [{ value: `v${b}`, synonyms: ['s'] }] }],
              tables: [{ name: 't', columns: [{ name: 'a', type: 'text' }], rows: [{ a: `${b}` }] }],
            },
      };
  }
}
