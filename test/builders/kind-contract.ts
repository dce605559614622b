// The shape of the per-kind test table (kinds.ts): what a kind's builder, arbitrary and generators get
// and give, and the condition maker the realistic generator shares between kinds.
import type fc from 'fast-check';
import type { BlockOf, BlockType, Condition, Json, Position, Variable } from '../../engine/model';

export type Overrides<B> = Partial<Omit<B, 'id' | 'type'>>;

/** What the realistic generator (generate-project.ts) gives a kind's block maker. */
export interface GenerateContext {
  rnd(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** Any block of the project. */
  anyBlock(): string;
  /** A `{variable}` template of a variable set so far. */
  use(): string;
  sentence(): string;
  /** Variables set so far (a block that sets one adds it). */
  known: string[];
  /** Declared variables (an input block declares its own). */
  variables: Variable[];
  base: { id: string; position: Position; name?: string };
  /** The block after this one in its flow, if any. */
  following: string | undefined;
  flow: number;
  index: number;
}

/** Where a block of the canvas benchmark's grid sits and points. */
export interface GridPlace {
  i: number;
  id: string;
  position: Position;
  /** The next block on the grid (none for the last). */
  next: string | undefined;
  /** A block one row further (wrapping round). */
  other: string;
}

export interface KindBuilders<K extends BlockType> {
  /** A valid block with sensible defaults (schema defaults filled in); overrides replace fields. */
  build(id: string, overrides?: Overrides<BlockOf<K>>): BlockOf<K>;
  /** Any schema-valid block of this kind, without its id (references need not resolve). */
  arbitrary: fc.Arbitrary<Omit<BlockOf<K>, 'id'>>;
  /** Its share of the blocks of generateProject (the shares add up to 1). */
  share: number;
  /** A realistic block for generateProject: valid references, variables set before use. */
  generate(g: GenerateContext): BlockOf<K>;
}

/** Every kind's builders: the type checker reports a kind that has none. */
export type BlockBuilders = { readonly [K in BlockType]: KindBuilders<K> };

export function generatedCondition(g: GenerateContext, depth = 0): Condition {
  const r = g.rnd();
  if (depth < 2 && r < 0.15)
    return { all: [generatedCondition(g, depth + 1), generatedCondition(g, depth + 1)] };
  if (depth < 2 && r < 0.25)
    return { any: [generatedCondition(g, depth + 1), generatedCondition(g, depth + 1)] };
  if (depth < 2 && r < 0.3) return { not: generatedCondition(g, depth + 1) };
  const v = g.pick(g.known);
  const op = g.pick(['eq', 'ne', 'gt', 'lt', 'contains', 'matches', 'exists', 'empty'] as const);
  if (op === 'exists' || op === 'empty') return { var: v, op };
  const value: Json =
    op === 'matches'
      ? '^yes|y$'
      : op === 'gt' || op === 'lt'
        ? g.int(100)
        : g.pick(['yes', 'no', `{${g.pick(g.known)}}`]);
  return { var: v, op, value };
}
