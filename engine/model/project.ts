// The project document, format botloom/1 (docs/file-format.md#the-project-document).
import { z } from 'zod';
import { BlockId, FlowId } from './ids';
import { Block } from './blocks';
import { Variable, Intent, NlpSettings } from './variable';
import { ConversationTest } from './conversation-test';
import { Mock } from './mock';
import { ChatlayerSettings } from './chatlayer-settings';
import { ProjectSettings } from './project-settings';
import { Knowledge } from './knowledge';
import { Tables } from './table';
import { Entity } from './entity';
import { Frame, Note, annotationIdsUnique } from './annotation';
import { LanguageTag } from './translation';

export const FORMAT = 'botloom/1';
export const FORMAT_VERSION = 1;

export const Flow = z.strictObject({
  id: FlowId,
  name: z.string().min(1, 'a flow needs a name'),
  blocks: z.array(Block),
});
export type Flow = z.infer<typeof Flow>;

export const Project = z
  .strictObject({
    format: z.literal(FORMAT),
    name: z.string().min(1, 'a project needs a name'),
    /** The primary language: the texts as written in the blocks (docs/file-format.md#languages). */
    language: LanguageTag.default('en'),
    /** The languages the texts are translated into; absent in single-language projects. */
    secondaryLanguages: z
      .array(LanguageTag)
      .min(1, 'leave `secondaryLanguages` out when there are none')
      .optional(),
    startBlock: BlockId,
    fallbackBlock: BlockId.optional(),
    /** Chatlayer's Error occurred default block: failing API/code blocks without onError, and detected loops. */
    errorBlock: BlockId.optional(),
    /** Chatlayer's offloading default blocks (docs/file-format.md#human-hand-over): after a Send to agent block opens a
     * hand-over, when it cannot (no agent available), and when the agent hands the user back. */
    offloadingOpenedBlock: BlockId.optional(),
    offloadingDisabledBlock: BlockId.optional(),
    offloadingClosedBlock: BlockId.optional(),
    nlp: NlpSettings.optional(),
    settings: ProjectSettings.optional(),
    variables: z.array(Variable).default([]),
    intents: z.array(Intent).default([]),
    /** Custom entities (docs/file-format.md#entities); absent in projects without any. */
    entities: z.array(Entity).optional(),
    flows: z.array(Flow).min(1, 'a project needs at least one flow'),
    tests: z.array(ConversationTest).default([]),
    mocks: z.array(z.lazy(() => Mock)).default([]),
    /** Knowledge sources of Generate answer blocks (docs/file-format.md#knowledge); absent: none. */
    knowledge: Knowledge.optional(),
    /** Record stores the table blocks read and write (docs/file-format.md#tables). */
    tables: Tables.optional(),
    chatlayer: ChatlayerSettings.optional(),
    /** Canvas sticky notes (docs/file-format.md#notes-and-frames); never exported to Chatlayer. */
    notes: z.array(Note).optional(),
    /** Canvas frames: titled boxes that carry the blocks inside them when moved. */
    frames: z.array(Frame).optional(),
  })
  .superRefine((p, ctx) => {
    const secondary = p.secondaryLanguages ?? [];
    secondary.forEach((language, i) => {
      if (language === p.language || secondary.indexOf(language) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['secondaryLanguages', i],
          message: `"${language}" is ${language === p.language ? 'the primary language' : 'listed twice'}; list each secondary language once`,
        });
    });
    const dup = annotationIdsUnique(p.notes ?? [], p.frames ?? []);
    if (dup !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['frames'],
        message: `the id "${dup}" is used by two notes or frames; give each its own id`,
      });
    const flows = new Set(p.flows.map((f) => f.id));
    for (const key of ['notes', 'frames'] as const)
      (p[key] ?? []).forEach((a, i) => {
        if (!flows.has(a.flow))
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'flow'],
            message: `there is no flow "${a.flow}"; move the ${key === 'notes' ? 'note' : 'frame'} to an existing flow or remove it`,
          });
      });
  });
export type Project = z.infer<typeof Project>;
/** A project as written in a file, before defaults are applied. */
export type ProjectInput = z.input<typeof Project>;

/** The offloading default blocks' fields, in the order the settings show them. */
export const OFFLOADING_BLOCK_KEYS = [
  'offloadingOpenedBlock',
  'offloadingDisabledBlock',
  'offloadingClosedBlock',
] as const;
export type OffloadingBlockKey = (typeof OFFLOADING_BLOCK_KEYS)[number];
/** Chatlayer's names of the offloading default blocks. */
export const OFFLOADING_BLOCK_LABELS: Record<OffloadingBlockKey, string> = {
  offloadingOpenedBlock: 'Offloading opened',
  offloadingDisabledBlock: 'Offloading disabled',
  offloadingClosedBlock: 'Offloading closed',
};
