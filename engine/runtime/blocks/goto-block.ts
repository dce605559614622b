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
  for (const [i, rule] of block.rules.entries()) {
    if (!evaluateCondition(rule.when, hooks)) continue;
    if (rule.goTo !== undefined) return { kind: 'next', blockId: rule.goTo, set: rule.set };
    ctx.error(
      block.id,
      'rule-not-connected',
      `rule ${i + 1} of ${block.id} holds but is not connected to a block: connect it on the canvas`,
    );
    return { kind: 'end', reason: 'error' };
  }
  if (block.else) return { kind: 'next', blockId: block.else, set: block.elseSet };
  ctx.error(block.id, 'goto-no-match', `no rule of ${block.id} holds and it has no else`);
  return { kind: 'end', reason: 'error' };
}
