// The Chatlayer part of the host contract (docs/chatlayer.md#how-botloom-works-with-chatlayer, the app's Chatlayer panel): the connection check,
// the export for Chatlayer's importer with what it changes, live conformance runs, pulled tests and the
// NLP check. Every call names the project file; the token never appears in an answer or an event.
import { z } from 'zod';
import {
  ChatlayerSettings,
  ConversationTest,
  KnowledgeMock,
  TestStep,
  TrafficReport,
} from '../../engine/model';

const ProjectPath = z.string().min(1);
export const ChatlayerRunId = z.string().min(1).max(64);

export const ChatlayerStatus = z.object({
  /** "region EU" or the custom host. */
  label: z.string(),
  baseUrl: z.string(),
  tokenSource: z.enum(['environment', 'secret store']),
  version: ChatlayerSettings.shape.version.unwrap(),
  bots: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  /** The project's bot id and whether the token reaches it; null when the project sets none. */
  bot: z.object({ id: z.string(), name: z.string().nullable(), found: z.boolean() }).nullable(),
  channelId: z.string().nullable(),
  webhookUrl: z.string().nullable(),
  /** What keeps the connection from being usable as set (an unknown bot), in one sentence. */
  problem: z.string().nullable(),
});
export type ChatlayerStatus = z.infer<typeof ChatlayerStatus>;

/** One line of what an export changes: "blocks added: a, b". */
export const ExportChange = z.object({
  kind: z.enum(['blocks', 'flows', 'variables', 'intents', 'tests', 'mocks', 'settings']),
  verb: z.enum(['added', 'changed', 'renamed', 'removed']),
  names: z.array(z.string()),
});
export type ExportChange = z.infer<typeof ExportChange>;

export const ExportChanges = z.object({
  kind: z.enum(['first', 'unchanged', 'changed', 'unreadable']),
  /** "Changed since the previous export (2026-11-24 21:03 UTC): 2 blocks added (a, b)." */
  sentence: z.string(),
  /** The kept export compared with, if any. */
  previous: z.object({ file: z.string(), at: z.string() }).nullable(),
  changes: z.array(ExportChange),
});
export type ExportChanges = z.infer<typeof ExportChanges>;

const ExportWarning = z.object({
  blockId: z.string().nullable(),
  /** The block's own name, when it has one besides its id. */
  blockName: z.string().nullable(),
  /** The field concerned, as a JSON path inside the block (`headers.Authorization`). */
  field: z.string().nullable(),
  message: z.string(),
});

export const ChatlayerExportPreview = z.object({
  /** The bot JSON an export writes now. */
  text: z.string(),
  counts: z.object({
    flows: z.number().int(),
    blocks: z.number().int(),
    intents: z.number().int(),
    variables: z.number().int(),
  }),
  changes: ExportChanges,
  /** Blocks that get a Chatlayer id in this export: block id → the new id. */
  newIds: z.record(z.string(), z.string()),
  warnings: z.array(ExportWarning),
  /** Where an export goes unless the user picks another path. */
  defaultTarget: z.string(),
  /** Where every export is kept. */
  historyFolder: z.string(),
});
export type ChatlayerExportPreview = z.infer<typeof ChatlayerExportPreview>;

export const ChatlayerExportResult = z.object({
  written: z.string(),
  /** The copy kept in the history folder. */
  kept: z.string(),
  changes: ExportChanges,
  /** Ids the project did not have yet: save them (updateSettings) so re-exports keep them. */
  newIds: z.record(z.string(), z.string()),
  warnings: z.array(ExportWarning),
  /** The revision added to the project's history, or why it could not be. */
  checkpoint: z.string(),
});
export type ChatlayerExportResult = z.infer<typeof ChatlayerExportResult>;

export const ConformanceStep = z.object({
  /** 1-based; 0 is the conversation's start. */
  index: z.number().int().min(0),
  step: z.union([TestStep, z.object({ start: z.literal(true) })]),
  verdict: z.enum(['same', 'differs', 'skipped']),
  expected: z.string().nullable(),
  live: z.array(z.string()).nullable(),
  local: z.array(z.string()).nullable(),
  /** Data-only events the live bot sent in the turn (JSON builder): listed, never compared. */
  events: z.array(z.string()).default([]),
  note: z.string().nullable(),
});
export type ConformanceStep = z.infer<typeof ConformanceStep>;

export const ConformanceTest = z.object({
  name: z.string(),
  /** The test's index in the project. */
  index: z.number().int(),
  conversationId: z.string().nullable(),
  verdict: z.enum(['same', 'differs', 'error', 'skipped']),
  error: z.string().nullable(),
  durationMs: z.number(),
  steps: z.array(ConformanceStep),
  /**
   * What the live bot answered to the questions a local Generate answer block looked up, as knowledge
   * mocks (docs/file-format.md#knowledge-mocks); keepKnowledgeMocks keeps them in the project.
   */
  knowledgeAnswers: z.array(KnowledgeMock).default([]),
});
export type ConformanceTest = z.infer<typeof ConformanceTest>;

export const ConformanceRun = z.object({
  /** "bot bot-1 (DRAFT) at region EU, webhook channel ch-1". */
  where: z.string(),
  receiverUrl: z.string(),
  /** The public URL Chatlayer delivers to (a tunnel), from the project's settings. */
  publicUrl: z.string().nullable(),
  tests: z.array(ConformanceTest),
  passed: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  cancelled: z.boolean(),
  durationMs: z.number(),
});
export type ConformanceRun = z.infer<typeof ConformanceRun>;

export const PulledTests = z.object({
  where: z.string(),
  /** New tests, named apart from the project's; add them with setTest commands. */
  tests: z.array(ConversationTest),
  read: z.number().int(),
  duplicates: z.number().int(),
  unusable: z.array(z.object({ conversationId: z.string(), reason: z.string() })),
  /** Messages in which a sensitive value was replaced by a stand-in. */
  redacted: z.number().int(),
});
export type PulledTests = z.infer<typeof PulledTests>;

export const NlpCheckReport = z.object({
  where: z.string(),
  checked: z.number().int(),
  threshold: z.number(),
  rows: z.array(
    z.object({
      intent: z.string(),
      example: z.string(),
      liveIntent: z.string().nullable(),
      score: z.number().nullable(),
      problem: z.enum(['different-intent', 'low-score', 'no-intent']),
    }),
  ),
});
export type NlpCheckReport = z.infer<typeof NlpCheckReport>;

const whole = (min: number, max: number) => z.number().int().min(min).max(max);

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'a date like 2025-03-01 (or an ISO time)')
  .refine((v) => !Number.isNaN(new Date(v).getTime()), 'not a date');

export const chatlayerMethods = {
  'chatlayer.status': { input: z.object({ path: ProjectPath }).strict(), output: ChatlayerStatus },
  'chatlayer.exportPreview': {
    input: z.object({ path: ProjectPath }).strict(),
    output: ChatlayerExportPreview,
  },
  'chatlayer.export': {
    input: z
      .object({
        path: ProjectPath,
        target: z.string().trim().min(1, 'choose where to write'),
        /** Replace an existing file (the app asks the user first). */
        overwrite: z.boolean().optional(),
      })
      .strict(),
    output: ChatlayerExportResult,
  },
  'chatlayer.runConformance': {
    input: z
      .object({
        path: ProjectPath,
        runId: ChatlayerRunId,
        /** The local webhook receiver's port (127.0.0.1, path /chatlayer/webhook). */
        webhookPort: whole(1, 65535).default(8787),
        /** The webhook channel's verify token: calls without it are refused. */
        verifyToken: z.string().min(1, "give the webhook channel's verify token").max(500),
        /** A turn is complete when the bot sent nothing more for this long. */
        settleMs: whole(10, 60_000).default(800),
        /** Longest wait for a turn's first bot message. */
        replyTimeoutMs: whole(10, 600_000).default(10_000),
        grep: z.string().max(200).optional(),
      })
      .strict(),
    output: ConformanceRun,
  },
  'chatlayer.pullTests': {
    input: z
      .object({
        path: ProjectPath,
        runId: ChatlayerRunId,
        since: IsoDate.optional(),
        limit: whole(1, 10_000).optional(),
      })
      .strict(),
    output: PulledTests,
  },
  'chatlayer.nlpCheck': {
    input: z.object({ path: ProjectPath, runId: ChatlayerRunId }).strict(),
    output: NlpCheckReport,
  },
  /**
   * Traffic per block for the canvas overlay (docs/chatlayer.md#traffic): live from the Analytics API, or
   * from the project's pulled conversations (`pulled`, and `auto` when the project has no connection).
   * Progress as `app.progress` under `runId`; `chatlayer.cancel` stops it. Live reports are cached beside
   * the project; `refresh` fetches again.
   */
  'chatlayer.traffic': {
    input: z
      .object({
        path: ProjectPath,
        runId: ChatlayerRunId,
        since: IsoDate,
        /** Exclusive; default now. */
        until: IsoDate.optional(),
        channel: z.string().trim().min(1).max(64).optional(),
        language: z.string().trim().min(1).max(16).optional(),
        source: z.enum(['auto', 'live', 'pulled']).default('auto'),
        refresh: z.boolean().optional(),
      })
      .strict()
      .refine((v) => !v.until || new Date(v.until) > new Date(v.since), {
        message: 'until must be after since',
        path: ['until'],
      }),
    output: TrafficReport,
  },
  /**
   * Stops a conformance run (it answers with the tests done so far), a pull or an NLP check (they fail
   * with the code `cancelled`).
   */
  'chatlayer.cancel': {
    input: z.object({ runId: ChatlayerRunId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;
