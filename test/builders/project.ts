// Project and flow builders: `project({ blocks: [message('welcome')] })` is a one-flow project
// starting at its first block; `project({ flows: [flow('a', [...]), flow('b', [...])] })` for more.
import type { Block, Flow, Project } from '../../engine/model';
import { message } from './blocks';

export function flow(
  id: string,
  blocks: Block[] = [],
  overrides: Partial<Omit<Flow, 'id' | 'blocks'>> = {},
): Flow {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), blocks, ...overrides };
}

export type ProjectOverrides = Partial<Project> & {
  /** Blocks of a single flow `main` (ignored when `flows` is given). */
  blocks?: Block[];
};

export function project(overrides: ProjectOverrides = {}): Project {
  const { blocks, ...rest } = overrides;
  const flows = rest.flows ?? [flow('main', blocks ?? [message('welcome')])];
  const first = flows.flatMap((f) => f.blocks)[0]?.id ?? 'welcome';
  return {
    format: 'botloom/1',
    name: 'Test bot',
    language: 'en',
    startBlock: first,
    variables: [],
    intents: [],
    tests: [],
    mocks: [],
    ...rest,
    flows,
  };
}
