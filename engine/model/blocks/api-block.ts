// API block (docs/file-format.md#api-block): one HTTP call through the engine's HTTP layer; Chatlayer response format applies.
import { z } from 'zod';
import { BlockId, Json, VariablePath } from '../ids';
import { blockBase } from './base';
import { blockValueReferences, defineBlockKind, slotReference } from './kind';
import { setVariables, TransitionSets } from './transition-set';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const HttpMethod = z.enum(HTTP_METHODS);
export type HttpMethod = z.infer<typeof HttpMethod>;

export const ApiAuth = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bearer'), token: z.string() }),
  z.strictObject({ kind: z.literal('basic'), username: z.string(), password: z.string() }),
]);
export type ApiAuth = z.infer<typeof ApiAuth>;

export const DEFAULT_API_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

export const ApiBlock = z.strictObject({
  ...blockBase,
  type: z.literal('api'),
  method: HttpMethod.default('GET'),
  url: z.string().min(1, 'an API block needs a url'),
  headers: z.record(z.string(), z.string()).optional(),
  query: z.record(z.string(), Json).optional(),
  body: Json.optional(),
  auth: ApiAuth.optional(),
  timeoutMs: z.number().int().min(1).max(300_000).optional(),
  maxResponseBytes: z.number().int().min(1).optional(),
  saveAs: VariablePath.optional(),
  next: BlockId.optional(),
  nextSet: TransitionSets,
  onError: BlockId.optional(),
});
export type ApiBlock = z.infer<typeof ApiBlock>;

export const apiKind = defineBlockKind(ApiBlock, {
  type: 'api',
  schemaName: 'ApiBlock',
  optionalSlots: ['next', 'onError'],
  references: (block) => [
    ...blockValueReferences(block.query, ['query']),
    ...blockValueReferences(block.body, ['body']),
    ...slotReference('onError', block.onError),
  ],
  messages: () => [],
  variablesSet: (block) => [...(block.saveAs ? [block.saveAs] : []), ...setVariables(block.nextSet)],
  variableFields: ['saveAs', 'variable'],
  newBlock: (base): ApiBlock => ({ ...base, type: 'api', method: 'GET', url: 'https://example.com/' }),
});
