// Code block (docs/file-format.md#code-block): JavaScript run in the QuickJS sandbox with time and memory limits.
import { z } from 'zod';
import { BlockId, Json } from '../ids';
import { blockBase } from './base';
import { sessionNamespaces } from '../../validate/code-facts';
import { defineBlockKind, slotReference } from './kind';
import { setVariables, TransitionSets } from './transition-set';

export const DEFAULT_CODE_TIMEOUT_MS = 5_000;
export const DEFAULT_CODE_MEMORY_MB = 64;

export const CodeBlock = z.strictObject({
  ...blockBase,
  type: z.literal('code'),
  code: z.string(),
  args: z.record(z.string(), Json).optional(),
  timeoutMs: z.number().int().min(1).max(600_000).optional(),
  memoryLimitMb: z.number().int().min(1).max(4096).optional(),
  next: BlockId.optional(),
  nextSet: TransitionSets,
  onError: BlockId.optional(),
});
export type CodeBlock = z.infer<typeof CodeBlock>;

export const codeKind = defineBlockKind(CodeBlock, {
  type: 'code',
  schemaName: 'CodeBlock',
  optionalSlots: ['next', 'onError'],
  references: (block) => slotReference('onError', block.onError),
  messages: () => [],
  variablesSet: (block) => [...sessionNamespaces(block.code), ...setVariables(block.nextSet)],
  variableFields: ['variable'],
  newBlock: (base): CodeBlock => ({
    ...base,
    type: 'code',
    code: 'const b = ChatlayerResponseBuilder();\nb.send();\n',
  }),
});
