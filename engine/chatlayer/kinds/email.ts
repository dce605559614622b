// Send e-mail blocks as Chatlayer `sendEmail` actions: recipients, title and body, the three settings
// Chatlayer documents (docs/chatlayer.md#other-actions); Chatlayer sends the mail, Botloom never does.
import { z } from 'zod';
import type { EmailBlock } from '../../model';
import { importNextOnly } from './action';
import { importHead, type ActionKind } from './kind';

export const SendEmailAction = z.strictObject({
  type: z.literal('sendEmail'),
  recipients: z.string(),
  title: z.string(),
  body: z.string(),
});
export type SendEmailAction = z.infer<typeof SendEmailAction>;

export const emailChatlayer = {
  shape: 'action',
  type: 'sendEmail',
  schema: SendEmailAction,
  export: (block) => ({ type: 'sendEmail', recipients: block.to, title: block.subject, body: block.body }),
  import: (d, ctx, at): EmailBlock => ({
    ...importHead(d),
    type: 'email',
    to: d.action.recipients,
    subject: d.action.title,
    body: d.action.body,
    ...importNextOnly(d, ctx, at),
  }),
} satisfies ActionKind<'email', typeof SendEmailAction>;
