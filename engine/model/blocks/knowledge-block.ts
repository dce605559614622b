// Generate answer block (docs/file-format.md#generate-answer-block): answers a question (by default the
// user's last message) from the project's knowledge sources, stores the answer under a variable and
// goes on; when no passage scores above the threshold it takes its "no answer" route.
import { z } from 'zod';
import { BlockId, VariablePath } from '../ids';
import { KnowledgeTag } from '../knowledge';
import { blockBase } from './base';
import { defineBlockKind, slotReference } from './kind';

export const KnowledgeBlock = z.strictObject({
  ...blockBase,
  type: z.literal('knowledge'),
  /** The question (a template); absent: the user's last message. */
  question: z.string().optional(),
  /** Where the answer goes: `{ answer, source, sourceId, score, passage }` (Chatlayer's destination variable). */
  variable: VariablePath,
  /** Only sources with at least one of these tags; absent or empty: every source. */
  tags: z.array(KnowledgeTag).optional(),
  /** The best passage answers when its score (0 to 1) is above this; default DEFAULT_KNOWLEDGE_THRESHOLD. */
  threshold: z.number().min(0).max(1).optional(),
  next: BlockId.optional(),
  /** Where to go when nothing answers (Chatlayer's "On no findings"); absent: the conversation stops there. */
  noAnswer: BlockId.optional(),
});
export type KnowledgeBlock = z.infer<typeof KnowledgeBlock>;

export const knowledgeKind = defineBlockKind(KnowledgeBlock, {
  type: 'knowledge',
  schemaName: 'KnowledgeBlock',
  optionalSlots: ['next', 'noAnswer'],
  references: (block) => slotReference('noAnswer', block.noAnswer),
  messages: () => [],
  variablesSet: (block) => [block.variable],
  variableFields: ['variable'],
  newBlock: (base): KnowledgeBlock => ({ ...base, type: 'knowledge', variable: 'kb' }),
});
