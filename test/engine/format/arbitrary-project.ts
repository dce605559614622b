// fast-check arbitraries of valid botloom/1 projects (schema-valid; references need not resolve). Each
// kind's block arbitrary lives in test/builders/kinds.ts.
import fc from 'fast-check';
import { BLOCK_TYPES, type Block, type Project } from '../../../engine/model';
import { id, json, key, path, text } from '../../builders/arbitrary-parts';
import { BLOCK_BUILDERS } from '../../builders/kinds';

/** Any block body, each kind equally likely (in BLOCK_TYPES order). */
const blockBody: fc.Arbitrary<Omit<Block, 'id'>> = fc.oneof(
  ...BLOCK_TYPES.map((type) => BLOCK_BUILDERS[type].arbitrary as fc.Arbitrary<Omit<Block, 'id'>>),
);

/** A schema-valid project with defaults filled in (as parsing returns it), ids unique. */
export const arbitraryProject: fc.Arbitrary<Project> = fc
  .record({
    ids: fc.uniqueArray(id, { minLength: 1, maxLength: 12 }),
    bodies: fc.array(blockBody, { minLength: 12, maxLength: 12 }),
    flowIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    name: text.filter((t) => t.length > 0),
    startBlock: id,
    fallbackBlock: fc.option(id, { nil: undefined }),
    variables: fc.array(
      fc.record(
        { name: path, description: text, default: json, sensitive: fc.boolean() },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 3 },
    ),
    intents: fc.array(
      fc.record(
        {
          id,
          examples: fc.array(
            text.filter((t) => t.length > 0),
            { minLength: 1, maxLength: 2 },
          ),
          block: id,
        },
        { requiredKeys: ['id', 'examples'] },
      ),
      { maxLength: 2 },
    ),
    tests: fc.array(
      fc.record(
        {
          name: text.filter((t) => t.length > 0),
          session: fc.dictionary(key, json, { maxKeys: 2 }),
          startBlock: id,
          steps: fc.array(
            fc.oneof(
              fc.record({ bot: text }),
              fc.record({ user: text }),
              fc.record({ expectVars: fc.dictionary(path, json, { maxKeys: 2 }) }),
              fc.constant({ expectEnd: true as const }),
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: ['name', 'steps'] },
      ),
      { maxLength: 2 },
    ),
    mocks: fc.array(
      fc.record(
        {
          method: fc.constantFrom('GET', 'POST' as const),
          url: fc.webUrl(),
          status: fc.integer({ min: 100, max: 599 }),
          body: json,
        },
        { requiredKeys: ['method', 'url', 'status'] },
      ),
      { maxLength: 2 },
    ),
    chatlayer: fc.option(
      fc.record(
        {
          region: fc.constantFrom('eu', 'us', 'asia' as const),
          botId: id,
          ids: fc.dictionary(id, fc.uuid(), { maxKeys: 3 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  })
  .map(({ ids, bodies, flowIds, fallbackBlock, chatlayer, ...rest }) => {
    const flows = flowIds.map((fid) => ({ id: fid, name: `Flow ${fid}`, blocks: [] as Block[] }));
    ids.forEach((bid, i) => flows[i % flows.length]!.blocks.push({ id: bid, ...bodies[i]! } as Block));
    return {
      format: 'botloom/1' as const,
      language: 'en',
      ...rest,
      ...(fallbackBlock === undefined ? {} : { fallbackBlock }),
      ...(chatlayer === undefined ? {} : { chatlayer }),
      flows,
    };
  });
