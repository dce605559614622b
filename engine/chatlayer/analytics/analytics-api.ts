// The Analytics API's hosts and the answer Botloom assumes for flow-step edges (docs/chatlayer.md#traffic).
// Documented (docs/chatlayer.md#analytics-api): the hosts per region, bearer auth, the paths and the query
// parameters `type`, `start_time`, `end_time` (exclusive), `channel_type`, `language`. ASSUMED, not
// documented: the answer's shape below, `page`/`limit` paging ending on a short page, and a null
// `stepId` meaning "started here" (sources) or "stopped here" (targets).
import { z } from 'zod';
import type { ChatlayerRegion } from '../../model';

export const ANALYTICS_BASE_URLS: Record<ChatlayerRegion, string> = {
  eu: 'https://analytics.api.chatlayer.ai',
  us: 'https://analytics.api.prod.us-east4.gcp.chatlayer.ai',
  asia: 'https://analytics.api.prod.asia-south1.gcp.chatlayer.ai',
};

/** One neighbour of a step: the step before it (sources) or after it (targets), with a count. */
export const StepEdge = z.looseObject({
  /** null (ASSUMED): the conversation started at the step (sources) or said nothing more (targets). */
  stepId: z.string().min(1).max(200).nullable(),
  count: z.number().int().min(0),
});
export type StepEdge = z.infer<typeof StepEdge>;

export const StepEdgePage = z.looseObject({ data: z.array(StepEdge) });
export type StepEdgePage = z.infer<typeof StepEdgePage>;

export type EdgeType = 'sources' | 'targets';

/** Largest page the client asks for (ASSUMED, as the v1 API's conversations). */
export const ANALYTICS_PAGE_LIMIT = 100;

/** The query of an edges call, as Chatlayer names it. */
export interface EdgeQuery {
  /** ISO time, inclusive. */
  startTime: string;
  /** ISO time, exclusive. */
  endTime: string;
  channelType?: string | null;
  language?: string | null;
}
