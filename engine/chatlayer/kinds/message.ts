// Message blocks as Chatlayer `botMessage` dialog states.
import { z } from 'zod';
import type { MessageBlock } from '../../model';
import { exportMessages } from '../export/export-messages';
import { ChatlayerId, ChatlayerMessage } from '../export/message-schema';
import { importMessages } from '../import/import-messages';
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

export const BotMessageDialogstate = z.strictObject({
  ...dialogstateBase,
  type: z.literal('botMessage'),
  messages: z.array(ChatlayerMessage),
  nextDialogstateId: ChatlayerId.optional(),
  nextDialogstateParams: TransitionParams,
  botloom: BlockExtension.optional(),
});
export type BotMessageDialogstate = z.infer<typeof BotMessageDialogstate>;

export const messageChatlayer = {
  shape: 'dialogstate',
  type: 'botMessage',
  schema: BotMessageDialogstate,
  export(block, id, ctx) {
    const { head, extension } = exportHead(block, id, ctx);
    return {
      ...head,
      type: 'botMessage',
      messages: exportMessages(block.messages, ctx),
      ...exportJump('nextDialogstateId', block.next, ctx),
      ...exportSets('nextDialogstateParams', block.nextSet),
      ...withExtension(extension),
    };
  },
  import: (d, ctx, at): MessageBlock => ({
    ...importHead(d),
    type: 'message',
    messages: importMessages(d.messages, ctx, [...at, 'messages']),
    ...importJump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
    ...importSets('nextSet', d.nextDialogstateParams),
  }),
} satisfies DialogstateKind<'message', typeof BotMessageDialogstate>;
