// Identifiers shared by the whole model: block/flow ids and variable paths (docs/file-format.md#concepts).
import { z } from 'zod';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A block or flow id: 1 to 64 characters of A-Z a-z 0-9 _ - (unique across the project). */
export const BlockId = z.string().regex(ID_PATTERN, 'must be 1 to 64 characters of A-Z, a-z, 0-9, _ or -');
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
