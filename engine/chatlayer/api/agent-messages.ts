// `POST /v1/bots/{botId}/conversations/{id}/actions?version=` (observed): texts sent into a conversation
// as an agent.
import { z } from 'zod';

export const SendMessagesAction = z.looseObject({
  sendMessages: z.array(
    z.looseObject({
      textMessageTemplate: z.looseObject({
        textMessages: z.array(z.looseObject({ text: z.string() })),
      }),
    }),
  ),
});
export type SendMessagesAction = z.infer<typeof SendMessagesAction>;

/** One text message per entry, as the observed clients send them. */
export function sendMessagesAction(texts: readonly string[]): SendMessagesAction {
  return { sendMessages: texts.map((text) => ({ textMessageTemplate: { textMessages: [{ text }] } })) };
}
