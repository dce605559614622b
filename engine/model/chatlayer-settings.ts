// The project's Chatlayer connection (docs/chatlayer.md#connection). Never holds a token.
import { z } from 'zod';
import { BlockId } from './ids';

export const ChatlayerRegion = z.enum(['eu', 'us', 'asia']);
export type ChatlayerRegion = z.infer<typeof ChatlayerRegion>;

export const ChatlayerSettings = z.strictObject({
  region: ChatlayerRegion.optional(),
  baseUrl: z.string().url().optional(),
  botId: z.string().min(1).optional(),
  version: z.enum(['DRAFT', 'LIVE']).optional(),
  webhookChannelId: z.string().min(1).optional(),
  /** Public URL of the local webhook receiver (e.g. a tunnel), for conformance runs. */
  webhookUrl: z.string().url().optional(),
  /** Endpoints for pause/resume, whose paths Chatlayer does not publish. */
  pauseEndpoint: z.string().optional(),
  resumeEndpoint: z.string().optional(),
  /** Stable Chatlayer ids for Botloom block ids, kept so that re-exports keep them. */
  ids: z.record(BlockId, z.string()).optional(),
});
export type ChatlayerSettings = z.infer<typeof ChatlayerSettings>;
