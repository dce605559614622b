// Go To block (docs/file-format.md#go-to-block): the first rule whose condition holds wins, else `else`;
// the exit taken carries its variable sets, which the walker applies.
import type { GotoBlock } from '../../model';
import { evaluateCondition, type ConditionHooks } from '../conditions';
import type { Outcome, RuntimeContext } from '../runtime-context';

export function runGotoBlock(block: GotoBlock, ctx: RuntimeContext): Outcome {
  const hooks: ConditionHooks = {
    read: (path) => ctx.read(path),
    render: (value) =>
      typeof value === 'string' && !value.includes('{') ? value : ctx.json(value, block.id),
    warn: (code, message, path) => ctx.warn(block.id, code, message, path),
  };
  for (const rule of block.rules)
    if (evaluateCondition(rule.when, hooks)) return { kind: 'next', blockId: rule.goTo, set: rule.set };
  if (block.else) return { kind: 'next', blockId: block.else, set: block.elseSet };
  ctx.error(block.id, 'goto-no-match', `no rule of ${block.id} holds and it has no else`);
  return { kind: 'end', reason: 'error' };
}
