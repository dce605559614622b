// Every field that names a block must name one that exists: block handles (next, buttons, rules, else,
// onError, onFail, `{ "$block": … }` values), setNextDialogState in code, and the project's own
// references (startBlock, fallbackBlock, errorBlock, the offloading blocks, intents, tests).
import { OFFLOADING_BLOCK_KEYS, OFFLOADING_BLOCK_LABELS, type BlockReference } from '../../model';
import { dialogStateJumps } from '../code-facts';
import type { ValidationRule } from '../validation-context';

const describe = (ref: BlockReference): string => {
  switch (ref.kind) {
    case 'next':
      return '"next"';
    case 'button':
      return `button "${ref.label ?? ''}"`;
    case 'rule':
      return `rule ${Number(ref.path[1]) + 1}`;
    case 'blockValue':
      return 'the { "$block": … } value';
    default:
      return `"${ref.kind}"`;
  }
};

const fix = (target: string) => `pick an existing block or create one with id "${target}".`;

export const danglingReferences: ValidationRule = (ctx) => {
  const exists = (id: string) => ctx.byId.has(id);
  const project = ctx.project;
  if (!exists(project.startBlock))
    ctx.report(
      'dangling-reference',
      'error',
      `the start block "${project.startBlock}" does not exist: ${fix(project.startBlock)}`,
      { path: ['startBlock'] },
    );
  if (project.fallbackBlock !== undefined && !exists(project.fallbackBlock))
    ctx.report(
      'dangling-reference',
      'error',
      `the fallback block "${project.fallbackBlock}" does not exist: ${fix(project.fallbackBlock)}`,
      { path: ['fallbackBlock'] },
    );
  if (project.errorBlock !== undefined && !exists(project.errorBlock))
    ctx.report(
      'dangling-reference',
      'error',
      `the Error occurred block "${project.errorBlock}" does not exist: ${fix(project.errorBlock)}`,
      { path: ['errorBlock'] },
    );
  for (const key of OFFLOADING_BLOCK_KEYS) {
    const target = project[key];
    if (target !== undefined && !exists(target))
      ctx.report(
        'dangling-reference',
        'error',
        `the ${OFFLOADING_BLOCK_LABELS[key]} block "${target}" does not exist: ${fix(target)}`,
        { path: [key] },
      );
  }
  for (const site of ctx.sites) {
    for (const ref of ctx.references(site))
      if (!exists(ref.target))
        ctx.report(
          'dangling-reference',
          'error',
          `${describe(ref)} points to block "${ref.target}", which does not exist: ${fix(ref.target)}`,
          { site, path: ref.path },
        );
    if (site.block.type === 'code')
      for (const jump of dialogStateJumps(site.block.code))
        if (!exists(jump.value))
          ctx.report(
            'dangling-reference',
            'error',
            `setNextDialogState("${jump.value}") on line ${jump.line} names a block that does not exist: ${fix(jump.value)}`,
            {
              site,
              path: ['code'],
              line: jump.line,
              column: jump.column,
            },
          );
  }
  project.intents.forEach((intent, i) => {
    if (intent.block !== undefined && !exists(intent.block))
      ctx.report(
        'dangling-reference',
        'error',
        `intent "${intent.id}" points to block "${intent.block}", which does not exist: ${fix(intent.block)}`,
        { path: ['intents', i, 'block'] },
      );
  });
  project.tests.forEach((test, t) => {
    if (test.startBlock !== undefined && !exists(test.startBlock))
      ctx.report(
        'dangling-reference',
        'error',
        `test "${test.name}" starts at block "${test.startBlock}", which does not exist: ${fix(test.startBlock)}`,
        { path: ['tests', t, 'startBlock'] },
      );
    test.steps.forEach((step, s) => {
      if ('expectBlock' in step && !exists(step.expectBlock))
        ctx.report(
          'dangling-reference',
          'error',
          `test "${test.name}" expects block "${step.expectBlock}", which does not exist: ${fix(step.expectBlock)}`,
          { path: ['tests', t, 'steps', s, 'expectBlock'] },
        );
    });
  });
};
