// Project entities (docs/file-format.md#entities): match entities (values with synonyms), regex entities, and the
// names of the system entities the engine recognises by itself.
import { z } from 'zod';
import { UNSAFE_PATH_SEGMENTS } from './ids';

/** The system entities, in the order the docs and the UI list them. */
export const SYSTEM_ENTITIES = [
  'sys.number',
  'sys.ordinal',
  'sys.date',
  'sys.time',
  'sys.duration',
  'sys.email',
  'sys.phone_number',
  'sys.url',
  'sys.amount_of_money',
  'sys.any',
  'sys.quantity',
  'sys.temperature',
  'sys.distance',
] as const;
export type SystemEntity = (typeof SYSTEM_ENTITIES)[number];
export const SystemEntity = z.enum(SYSTEM_ENTITIES);

export function isSystemEntity(name: string): name is SystemEntity {
  return (SYSTEM_ENTITIES as readonly string[]).includes(name);
}

const RESERVED_ROOTS: ReadonlySet<string> = new Set(['internal', 'secrets', 'sys']);

/** A custom entity's name is also the session variable it fills: letters, digits, _ and -, not `sys.`. */
export const EntityName = z
  .string()
  .regex(/^[A-Za-z_][\w-]{0,63}$/, 'must start with a letter or _ and hold up to 64 letters, digits, _ or -')
  .refine((name) => !UNSAFE_PATH_SEGMENTS.has(name), {
    message: 'cannot be __proto__, constructor or prototype; rename it',
  })
  .refine((name) => !RESERVED_ROOTS.has(name), {
    message: 'cannot be internal, secrets or sys: those session namespaces are reserved; rename it',
  });

export const EntityValue = z.strictObject({
  /** What is stored when the value or one of its synonyms is recognised. */
  value: z.string().trim().min(1, 'an entity value cannot be empty'),
  synonyms: z.array(z.string().trim().min(1, 'a synonym cannot be empty')).optional(),
});
export type EntityValue = z.infer<typeof EntityValue>;

export const MatchEntity = z.strictObject({
  name: EntityName,
  kind: z.literal('match'),
  description: z.string().optional(),
  values: z.array(EntityValue).min(1, 'a match entity needs at least one value'),
});
export const RegexEntity = z.strictObject({
  name: EntityName,
  kind: z.literal('regex'),
  description: z.string().optional(),
  /** A JavaScript regular expression; the whole match is stored (checked by validation, not here). */
  pattern: z.string().min(1, 'a regex entity needs a pattern'),
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'flags may be i, m, s, u')
    .optional(),
});
export const Entity = z.discriminatedUnion('kind', [MatchEntity, RegexEntity]);
export type MatchEntity = z.infer<typeof MatchEntity>;
export type RegexEntity = z.infer<typeof RegexEntity>;
export type Entity = z.infer<typeof Entity>;

/** Default minimum score (0–1) of a recognised match entity; exact matches and synonyms score 1. */
export const DEFAULT_ENTITY_THRESHOLD = 0.8;
