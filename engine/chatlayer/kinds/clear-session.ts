// Clear session blocks as Chatlayer `clearSession` actions: the action has no settings of its own.
import { z } from 'zod';
import type { ClearSessionBlock } from '../../model';
import { importNextOnly } from './action';
import { importHead, type ActionKind } from './kind';

export const ClearSessionAction = z.strictObject({ type: z.literal('clearSession') });
export type ClearSessionAction = z.infer<typeof ClearSessionAction>;

export const clearSessionChatlayer = {
  shape: 'action',
  type: 'clearSession',
  schema: ClearSessionAction,
  export: () => ({ type: 'clearSession' }),
  import: (d, ctx, at): ClearSessionBlock => ({
    ...importHead(d),
    type: 'clearSession',
    ...importNextOnly(d, ctx, at),
  }),
} satisfies ActionKind<'clearSession', typeof ClearSessionAction>;
