// Live traffic on the canvas (docs/chatlayer.md#traffic): how many conversations passed through each
// block, along each edge, and stopped at each block, for a date range, channel and language; from
// Chatlayer's Analytics API or offline from the project's pulled conversations. Shared by the engine,
// the host contract, the canvas overlay and `botloom chatlayer traffic --json`.
import { z } from 'zod';

export const TrafficQuery = z.object({
  /** ISO time, inclusive. */
  since: z.string(),
  /** ISO time, exclusive (Chatlayer's `end_time`). */
  until: z.string(),
  /** Chatlayer's `channel_type` (e.g. WEBHOOK); null: every channel. */
  channel: z.string().nullable(),
  /** Chatlayer's `language` (e.g. en); null: every language. */
  language: z.string().nullable(),
});
export type TrafficQuery = z.infer<typeof TrafficQuery>;

export const BlockTraffic = z.object({
  blockId: z.string(),
  /** Passes into the block: conversations that started here plus every edge into it. */
  in: z.number().int().min(0),
  /** Passes out of it, along known edges. */
  out: z.number().int().min(0),
  /** Passes that ended here (the conversation said nothing more: a drop-off). */
  stopped: z.number().int().min(0),
  /** stopped / in, 0 when nothing came in. */
  dropShare: z.number().min(0).max(1),
});
export type BlockTraffic = z.infer<typeof BlockTraffic>;

export const EdgeTraffic = z.object({
  from: z.string(),
  to: z.string(),
  count: z.number().int().min(1),
});
export type EdgeTraffic = z.infer<typeof EdgeTraffic>;

export const TrafficReport = z.object({
  source: z.enum(['live', 'pulled']),
  /** "bot 1001 (DRAFT) at region EU" or "12 pulled conversations of the project". */
  where: z.string(),
  query: TrafficQuery,
  /** Blocks with traffic, by block id order of the project. */
  blocks: z.array(BlockTraffic),
  edges: z.array(EdgeTraffic),
  /** The ten blocks with the highest drop-off share (ties: more stops first). */
  worst: z.array(BlockTraffic),
  /** The highest pass count of a block or an edge (the legend's top). */
  max: z.number().int().min(0),
  /** Step ids the answer named that no block of the project has: listed, counted, otherwise ignored. */
  unknownSteps: z.array(z.object({ stepId: z.string(), count: z.number().int() })),
  /** Blocks without a Chatlayer id (never exported): Chatlayer cannot know them. */
  notExported: z.number().int().min(0),
  /** Conversations read (offline) or requests made (live). */
  read: z.number().int().min(0),
  /** Epoch ms when the counts were fetched. */
  fetchedAt: z.number(),
  /** Whether this came from the cache beside the project. */
  cached: z.boolean(),
});
export type TrafficReport = z.infer<typeof TrafficReport>;

/** How many rows the worst drop-off list holds. */
export const WORST_DROP_OFF_ROWS = 10;
