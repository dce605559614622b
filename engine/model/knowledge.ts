// Knowledge sources (docs/file-format.md#knowledge): FAQ rows and documents a Generate answer block
// answers from, each with tags, and the answers recorded from a live bot (knowledge mocks).
import { z } from 'zod';
import { ID_PATTERN, ID_RULE } from './ids';

/** A tag: a short word a Generate answer block may restrict its sources to. */
export const KnowledgeTag = z
  .string()
  .regex(/^[\p{L}\p{N}_-]{1,40}$/u, 'must be 1 to 40 letters, digits, _ or - (no spaces)');

export const FaqRow = z.strictObject({
  question: z.string().trim().min(1, 'an FAQ row needs a question'),
  answer: z.string().trim().min(1, 'an FAQ row needs an answer'),
});
export type FaqRow = z.infer<typeof FaqRow>;

const sourceBase = {
  id: z.string().regex(ID_PATTERN, `must be ${ID_RULE}`),
  name: z.string().min(1, 'a knowledge source needs a name'),
  tags: z.array(KnowledgeTag).optional(),
};

/** Question/answer rows: each row is one passage, found by its question and its answer. */
export const FaqSource = z.strictObject({
  ...sourceBase,
  kind: z.literal('faq'),
  rows: z.array(FaqRow).min(1, 'an FAQ source needs at least one row'),
});
export type FaqSource = z.infer<typeof FaqSource>;

/** A Markdown or plain-text document, split into passages by headings and paragraphs. */
export const DocumentSource = z.strictObject({
  ...sourceBase,
  kind: z.literal('document'),
  format: z.enum(['markdown', 'text']),
  text: z.string().refine((t) => t.trim() !== '', 'a document cannot be empty'),
});
export type DocumentSource = z.infer<typeof DocumentSource>;

export const KnowledgeSource = z.discriminatedUnion('kind', [FaqSource, DocumentSource]);
export type KnowledgeSource = z.infer<typeof KnowledgeSource>;

/** An answer recorded from the live bot, replayed offline for the same question (after normalising). */
export const KnowledgeMock = z.strictObject({
  question: z.string().trim().min(1, 'a knowledge mock needs the question it answers'),
  answer: z.string(),
  /** The source the live bot named, when it named one. */
  source: z.string().optional(),
});
export type KnowledgeMock = z.infer<typeof KnowledgeMock>;

/** Default minimum score (exclusive) of the best passage; below it a Generate answer block has no answer. */
export const DEFAULT_KNOWLEDGE_THRESHOLD = 0.3;

export const Knowledge = z
  .strictObject({
    sources: z.array(KnowledgeSource).default([]),
    mocks: z.array(KnowledgeMock).optional(),
  })
  .superRefine((k, ctx) => {
    const seen = new Set<string>();
    k.sources.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'id'],
          message: `the knowledge source id "${s.id}" is used twice; give each source its own id`,
        });
      seen.add(s.id);
    });
  });
export type Knowledge = z.infer<typeof Knowledge>;
