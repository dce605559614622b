// Contexts (docs/file-format.md#contexts): a block may require input contexts, so that the intent it is
// linked to leads there only while they are active, and may set output contexts for a number of user turns.
import { z } from 'zod';
import { UNSAFE_PATH_SEGMENTS } from '../ids';

/** The lifespan the inspector gives a new output context (Chatlayer's default). */
export const DEFAULT_CONTEXT_LIFESPAN = 1;

/**
 * A context's name: up to 64 characters of A-Z a-z 0-9 _ . - (an empty name is stored, so the inspector can add a
 * row before it is typed, and reported by validation). Never a name that reaches a prototype: names are keys of
 * `internal.contexts`.
 */
export const ContextName = z
  .string()
  .max(64, 'a context name has at most 64 characters')
  .regex(/^[A-Za-z0-9_.-]*$/, 'a context name uses only A-Z, a-z, 0-9, _, . or -')
  .refine((name) => !UNSAFE_PATH_SEGMENTS.has(name), { message: 'this name cannot be a context name' });

/** A context name that is not empty (where a name is required outright: tests, starting contexts). */
export const NamedContext = ContextName.refine((name) => name !== '', { message: 'a context needs a name' });

/** An output context: set when the block is entered, active for `lifespan` user turns (validation wants ≥ 1). */
export const OutputContext = z.strictObject({
  name: ContextName,
  lifespan: z.number().int('a lifespan is a whole number of user turns'),
});
export type OutputContext = z.infer<typeof OutputContext>;

/** A block's contexts: the ones it requires (all of them) and the ones it sets. */
export const BlockContexts = z.strictObject({
  input: z.array(ContextName).optional(),
  output: z.array(OutputContext).optional(),
});
export type BlockContexts = z.infer<typeof BlockContexts>;

/** Active contexts by name with the user turns they have left (a test's or the simulator's starting contexts). */
export const ActiveContexts = z.record(
  NamedContext,
  z.number().int().min(1, 'an active context has at least 1 user turn left'),
);
export type ActiveContexts = z.infer<typeof ActiveContexts>;
