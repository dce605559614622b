// Code blocks as Chatlayer `code` actions: the code and its arguments; Botloom's time and memory
// limits go in `botloom`.
import { z } from 'zod';
import type { CodeBlock } from '../../model';
import { isPlainEntryValue, toEntries } from '../export/entry-values';
import { ChatlayerEntry } from '../export/message-schema';
import { importEntries } from '../import/import-values';
import { importActionJumps } from './action';
import { importHead, withExtension, type ActionKind } from './kind';

export const CodeAction = z.strictObject({
  type: z.literal('code'),
  code: z.string(),
  args: z.array(ChatlayerEntry).optional(),
  botloom: z
    .strictObject({
      timeoutMs: z.number().int().min(1).max(600_000).optional(),
      memoryLimitMb: z.number().int().min(1).max(4096).optional(),
    })
    .optional(),
});
export type CodeAction = z.infer<typeof CodeAction>;

export const codeChatlayer = {
  shape: 'action',
  type: 'code',
  schema: CodeAction,
  export(block, ctx) {
    if (Object.values(block.args ?? {}).some((v) => !isPlainEntryValue(v, false)))
      ctx.warn('passes arguments that are not text; Chatlayer passes every argument as text or a variable.');
    const extension = {
      ...(block.timeoutMs !== undefined ? { timeoutMs: block.timeoutMs } : {}),
      ...(block.memoryLimitMb !== undefined ? { memoryLimitMb: block.memoryLimitMb } : {}),
    };
    return {
      type: 'code',
      code: block.code,
      ...(block.args ? { args: toEntries(block.args) } : {}),
      ...withExtension(extension),
    };
  },
  import: (d, ctx, at): CodeBlock => ({
    ...importHead(d),
    type: 'code',
    code: d.action.code,
    ...(d.action.args ? { args: importEntries(d.action.args, 'json', ctx, [...at, 'action', 'args']) } : {}),
    ...(d.action.botloom?.timeoutMs !== undefined ? { timeoutMs: d.action.botloom.timeoutMs } : {}),
    ...(d.action.botloom?.memoryLimitMb !== undefined
      ? { memoryLimitMb: d.action.botloom.memoryLimitMb }
      : {}),
    ...importActionJumps(d, ctx, at),
  }),
} satisfies ActionKind<'code', typeof CodeAction>;
