// Send to agent blocks as `sendToOffloadProvider` actions. Chatlayer documents the "Send to offload provider" action
// (the user is handed to a live agent, then the offloading default blocks run) but not its export shape, so this
// action is Botloom's own layout (docs/chatlayer-export.md#send-to-agent-blocks): the note for the agent, and no
// `next` (the default blocks decide where the bot goes). Every export warns.
import { z } from 'zod';
import type { HandoverBlock } from '../../model';
import { importHead, type ActionKind } from './kind';

export const SendToOffloadProviderAction = z.strictObject({
  type: z.literal('sendToOffloadProvider'),
  /** Botloom's note for the agent (a template); where Chatlayer keeps one, if anywhere, is unknown. */
  note: z.string().optional(),
});
export type SendToOffloadProviderAction = z.infer<typeof SendToOffloadProviderAction>;

export const handoverChatlayer = {
  shape: 'action',
  type: 'sendToOffloadProvider',
  schema: SendToOffloadProviderAction,
  export(block, ctx) {
    ctx.warn(
      `is a Send to agent block; Chatlayer does not document how its "Send to offload provider" action is exported, so this is Botloom's own layout: set the action and its offload provider up again in Chatlayer.`,
    );
    return { type: 'sendToOffloadProvider', ...(block.note !== undefined ? { note: block.note } : {}) };
  },
  import(d, ctx, at): HandoverBlock {
    for (const key of ['nextDialogstateId', 'onErrorDialogstateId'] as const)
      if (d[key] !== undefined)
        ctx.fail(
          'invalid-value',
          [...at, key],
          `a "${d.name}" Send to offload provider action goes nowhere itself (the offloading default blocks run after it): remove ${key}.`,
        );
    return {
      ...importHead(d),
      type: 'handover',
      ...(d.action.note !== undefined ? { note: d.action.note } : {}),
    };
  },
} satisfies ActionKind<'handover', typeof SendToOffloadProviderAction>;
