// Generate answer blocks as Chatlayer "Knowledge base AI" actions. Chatlayer documents the action's
// settings in its editor (a destination variable, an "On no findings" block, an "On failure" block, tags
// that limit the sources) but not how its bot file writes them, so the field names below are Botloom's:
// every export warns that the action must be checked (docs/chatlayer.md#knowledge-base-ai).
import { z } from 'zod';
import { KnowledgeTag, VariablePath, type KnowledgeBlock } from '../../model';
import { ChatlayerId } from '../export/message-schema';
import { importNextOnly } from './action';
import { exportJump, importHead, importJump, type ActionKind } from './kind';

export const KnowledgeBaseAction = z.strictObject({
  type: z.literal('knowledgeBaseAI'),
  destinationVariable: VariablePath,
  onNoFindingsDialogstateId: ChatlayerId.optional(),
  tags: z.array(KnowledgeTag).optional(),
  /** Botloom's offline settings: the question template and the score threshold. */
  botloom: z
    .strictObject({ question: z.string().optional(), threshold: z.number().min(0).max(1).optional() })
    .optional(),
});
export type KnowledgeBaseAction = z.infer<typeof KnowledgeBaseAction>;

export const knowledgeChatlayer = {
  shape: 'action',
  type: 'knowledgeBaseAI',
  schema: KnowledgeBaseAction,
  export(block, ctx) {
    ctx.warn(
      'is a Generate answer block: Chatlayer does not document how its bot file writes a Knowledge base AI action, so check the action (destination variable, On no findings, tags) after importing; its sources are not exported.',
    );
    const own = {
      ...(block.question !== undefined ? { question: block.question } : {}),
      ...(block.threshold !== undefined ? { threshold: block.threshold } : {}),
    };
    return {
      type: 'knowledgeBaseAI',
      destinationVariable: block.variable,
      ...exportJump('onNoFindingsDialogstateId', block.noAnswer, ctx),
      ...(block.tags?.length ? { tags: block.tags } : {}),
      ...(Object.keys(own).length ? { botloom: own } : {}),
    };
  },
  import: (d, ctx, at): KnowledgeBlock => ({
    ...importHead(d),
    type: 'knowledge',
    variable: d.action.destinationVariable,
    ...(d.action.botloom?.question !== undefined ? { question: d.action.botloom.question } : {}),
    ...(d.action.tags?.length ? { tags: d.action.tags } : {}),
    ...(d.action.botloom?.threshold !== undefined ? { threshold: d.action.botloom.threshold } : {}),
    ...importNextOnly(d, ctx, at),
    ...importJump('noAnswer', d.action.onNoFindingsDialogstateId, ctx, [
      ...at,
      'action',
      'onNoFindingsDialogstateId',
    ]),
  }),
} satisfies ActionKind<'knowledge', typeof KnowledgeBaseAction>;
