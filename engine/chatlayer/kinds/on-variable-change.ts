// Event blocks as `variablesChanged` actions. Chatlayer names an Events feature ("variables changed")
// but documents neither its settings nor its export shape, so this action is Botloom's own layout
// (docs/chatlayer-export.md#event-blocks): the watched variable, the chain from `next`. Every export warns.
import { z } from 'zod';
import { VariablePath, type OnVariableChangeBlock } from '../../model';
import { importNextOnly } from './action';
import { importHead, type ActionKind } from './kind';

export const VariablesChangedAction = z.strictObject({
  type: z.literal('variablesChanged'),
  variable: VariablePath,
});
export type VariablesChangedAction = z.infer<typeof VariablesChangedAction>;

export const onVariableChangeChatlayer = {
  shape: 'action',
  type: 'variablesChanged',
  schema: VariablesChangedAction,
  export(block, ctx) {
    ctx.warn(
      `is an event block (when {${block.variable}} changes); Chatlayer does not document how its Events are exported, so this is Botloom's own layout: set the event up again in Chatlayer's Events.`,
    );
    return { type: 'variablesChanged', variable: block.variable };
  },
  import: (d, ctx, at): OnVariableChangeBlock => ({
    ...importHead(d),
    type: 'onVariableChange',
    variable: d.action.variable,
    ...importNextOnly(d, ctx, at),
  }),
} satisfies ActionKind<'onVariableChange', typeof VariablesChangedAction>;
