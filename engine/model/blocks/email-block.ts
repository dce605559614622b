// Send e-mail block (docs/file-format.md#send-e-mail-block): an e-mail to one or more addresses, with a
// subject and a body (all templates). Botloom records it in the outbox and never sends it.
import { z } from 'zod';
import { BlockId } from '../ids';
import { blockBase } from './base';
import { defineBlockKind } from './kind';

/** A plain address check (something@domain.tld, no spaces): what a mail form would refuse. */
export const EMAIL_ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}$/;

/** The addresses of a recipients field, split on commas and semicolons. */
export function emailAddresses(to: string): string[] {
  return to
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

/** The first address written out (not a template) in a recipients field that is not an e-mail address. */
export function invalidEmailAddress(to: string): string | undefined {
  return emailAddresses(to).find((a) => !a.includes('{') && !EMAIL_ADDRESS.test(a));
}

export const EmailBlock = z.strictObject({
  ...blockBase,
  type: z.literal('email'),
  /** Recipients: addresses separated by commas or semicolons (templates, e.g. `{user.email}`). */
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  next: BlockId.optional(),
});
export type EmailBlock = z.infer<typeof EmailBlock>;

export const emailKind = defineBlockKind(EmailBlock, {
  type: 'email',
  schemaName: 'EmailBlock',
  optionalSlots: ['next'],
  references: () => [],
  messages: () => [],
  variablesSet: () => [],
  variableFields: [],
  newBlock: (base): EmailBlock => ({
    ...base,
    type: 'email',
    to: 'support@example.com',
    subject: 'Message from the bot',
    body: 'Conversation {conversationId} asked for a call back.',
  }),
});
