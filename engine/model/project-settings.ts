// Project-wide behaviour switches (docs/file-format.md#project-settings).
import { z } from 'zod';

export const ProjectSettings = z.strictObject({
  /**
   * Chatlayer's expression syntax (docs/expressions.md): `{ABS(x)}` in texts and condition values is evaluated. Off
   * when absent (files written before the setting existed keep their behaviour); new projects turn it on.
   */
  expressionSyntax: z.boolean().optional(),
  /**
   * For user-initiated channels (WhatsApp, a webhook): a conversation does not run the start block, the user's first
   * message is a normal turn (docs/file-format.md#turn-order). Off when absent.
   */
  skipIntroduction: z.boolean().optional(),
  /**
   * Whether a human agent can take a hand-over (docs/file-format.md#human-hand-over). `false` makes every Send to
   * agent block run the Offloading disabled block, as when no agent is online; absent means available.
   */
  agentsAvailable: z.boolean().optional(),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;
