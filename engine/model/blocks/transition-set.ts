// Variables set on a transition (docs/file-format.md#variables-set-on-transitions): an ordered list of
// `{ variable, value }` held beside an exit (`nextSet`, a Go To rule's `set`, `elseSet`), applied when
// the conversation takes that exit. A string value is a template; a lone `{path}` keeps its JSON type.
import { z } from 'zod';
import { Json, VariablePath } from '../ids';

export const TransitionSet = z.strictObject({ variable: VariablePath, value: Json });
export type TransitionSet = z.infer<typeof TransitionSet>;

/** The list, as each exit holds it: optional, so files written before it stay valid. */
export const TransitionSets = z.array(TransitionSet).optional();

/** The variables a list sets, in order. */
export const setVariables = (sets: readonly TransitionSet[] | undefined): string[] =>
  (sets ?? []).map((s) => s.variable);
