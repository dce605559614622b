// `GET /v1/bots/{botId}/conversations/{id}/session-data?version=` (observed): the session as a JSON object.
import { z } from 'zod';
import { Json } from '../../model';

export const SessionData = z.record(z.string(), Json);
export type SessionData = z.infer<typeof SessionData>;
