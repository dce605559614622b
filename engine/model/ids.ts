// Identifiers shared by the whole model: block/flow ids and variable paths (docs/file-format.md#concepts).
import { z } from 'zod';

/**
 * A block, flow or source id: 1 to 64 characters of A-Z a-z 0-9 _ -, and not one of the names that
 * reach a JavaScript prototype (`__proto__`, `constructor`, `prototype`), since ids key records such
 * as `chatlayer.ids` and would be dropped or, worse, reach the prototype.
 */
export const ID_PATTERN = /^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_-]{1,64}$/;
/** What ID_PATTERN asks for, in words (for errors that say how to fix the id). */
export const ID_RULE =
  '1 to 64 characters of A-Z, a-z, 0-9, _ or -, and not __proto__, constructor or prototype';

/** A block or flow id (unique across the project); see ID_PATTERN. */
export const BlockId = z.string().regex(ID_PATTERN, `must be ${ID_RULE}`);
export type BlockId = z.infer<typeof BlockId>;

export const FlowId = BlockId;
export type FlowId = BlockId;

/** Path segments that would reach a JavaScript prototype; no variable path may contain one. */
export const UNSAFE_PATH_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A JSON.parse reviver dropping `__proto__`, `constructor` and `prototype` keys (for values from outside). */
export function safeJsonReviver(key: string, value: unknown): unknown {
  return UNSAFE_PATH_SEGMENTS.has(key) ? undefined : value;
}

/** A session variable path: dot segments, `items[0].name` also accepted; no prototype segments. */
export const VariablePath = z
  .string()
  .min(1, 'a variable name cannot be empty')
  .regex(/^[A-Za-z_$][\w$-]*(\.[\w$-]+|\[\d+\])*$/, 'must be a dot path such as order.size or items.0.name')
  .refine((path) => !path.split(/[.[\]]/).some((s) => UNSAFE_PATH_SEGMENTS.has(s)), {
    message:
      'cannot contain __proto__, constructor or prototype (they would reach JavaScript internals); rename it',
  });
export type VariablePath = z.infer<typeof VariablePath>;

/** Any JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export const Json: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(Json), z.record(z.string(), Json)]),
);

export const Position = z.strictObject({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof Position>;
