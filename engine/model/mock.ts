// API mocks (docs/file-format.md#mocks): the first matching mock answers a request in mocked mode.
import { z } from 'zod';
import { Json } from './ids';
import { HttpMethod } from './blocks/api-block';

export const Mock = z.strictObject({
  name: z.string().optional(),
  method: HttpMethod.default('GET'),
  url: z.string().min(1, 'a mock needs a url pattern'),
  status: z.number().int().min(100).max(599).default(200),
  headers: z.record(z.string(), z.string()).optional(),
  body: Json.optional(),
  delayMs: z.number().int().min(0).max(600_000).optional(),
});
export type Mock = z.infer<typeof Mock>;
