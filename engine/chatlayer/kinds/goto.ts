// Go To blocks as Chatlayer `goTo` dialog states: each rule's condition, target and variables set, and
// the else with its variables set.
import { z } from 'zod';
import type { GotoBlock } from '../../model';
import { conditionWarnings, emptyConditionReport, exportCondition } from '../export/export-conditions';
import { ChatlayerCondition, ChatlayerId } from '../export/message-schema';
import { targetRef } from '../export/export-messages';
import { importCondition } from '../import/import-values';
import {
  BlockExtension,
  dialogstateBase,
  exportHead,
  exportJump,
  exportSets,
  importHead,
  importJump,
  importSets,
  TransitionParams,
  withExtension,
  type DialogstateKind,
} from './kind';

export const GoToDialogstate = z.strictObject({
  ...dialogstateBase,
  type: z.literal('goTo'),
  rules: z.array(
    z.strictObject({
      condition: ChatlayerCondition,
      nextDialogstateId: ChatlayerId,
      params: TransitionParams,
    }),
  ),
  elseDialogstateId: ChatlayerId.optional(),
  elseDialogstateParams: TransitionParams,
  botloom: BlockExtension.optional(),
});
export type GoToDialogstate = z.infer<typeof GoToDialogstate>;

export const gotoChatlayer = {
  shape: 'dialogstate',
  type: 'goTo',
  schema: GoToDialogstate,
  export(block, id, ctx) {
    const { head, extension } = exportHead(block, id, ctx);
    const report = emptyConditionReport();
    const rules = block.rules.map((rule) => ({
      condition: exportCondition(rule.when, report),
      nextDialogstateId: targetRef(rule.goTo, ctx),
      ...exportSets('params', rule.set),
    }));
    conditionWarnings(report).forEach((w) => ctx.warn(w));
    return {
      ...head,
      type: 'goTo',
      rules,
      ...exportJump('elseDialogstateId', block.else, ctx),
      ...exportSets('elseDialogstateParams', block.elseSet),
      ...withExtension(extension),
    };
  },
  import: (d, ctx, at): GotoBlock => ({
    ...importHead(d),
    type: 'goto',
    rules: d.rules.map((r, i) => ({
      when: importCondition(r.condition, [...at, 'rules', i, 'condition']),
      goTo: ctx.block(r.nextDialogstateId, [...at, 'rules', i, 'nextDialogstateId']),
      ...importSets('set', r.params),
    })),
    ...importJump('else', d.elseDialogstateId, ctx, [...at, 'elseDialogstateId']),
    ...importSets('elseSet', d.elseDialogstateParams),
  }),
} satisfies DialogstateKind<'goto', typeof GoToDialogstate>;
