// What the model knows about one block kind besides its schema: its reference slots, the references
// it holds, the variables it sets, its messages and its defaults. One `defineBlockKind` per kind file.
import type { z } from 'zod';
import type { Button, Message } from '../message';
import type { Position } from '../ids';

/** Reference slots a block may leave empty (a block id or nothing): `next` and the kind's exits. */
export type OptionalSlot = 'next' | 'else' | 'onError' | 'onFail' | 'noAnswer';

/** One outgoing reference of a block: where it is held (`path`, relative to the block) and its target. */
export interface BlockReference {
  /** Handle kind, as drawn on the canvas. */
  kind: 'next' | 'button' | 'rule' | 'else' | 'onError' | 'onFail' | 'noAnswer' | 'blockValue';
  /** JSON path relative to the block, e.g. ['messages', 0, 'buttons', 1, 'goTo']. */
  path: (string | number)[];
  target: string;
  label?: string;
}

/**
 * A reference slot a block holds, connected or not: a button or rule without a target yet has no `target`
 * (the canvas still draws its port). blockReferences keeps the connected ones.
 */
export interface BlockSlot extends Omit<BlockReference, 'target'> {
  target?: string;
}

/** The fields every new block gets: its id and where it was dropped. */
export interface NewBlockBase {
  id: string;
  position: Position;
}

export interface BlockKind<T extends string = string, B = unknown> {
  type: T;
  /** The name of its JSON Schema definition (`#/$defs/MessageBlock`). */
  schemaName: `${string}Block`;
  schema: z.ZodType<B>;
  /** Its optional reference slots (`next` first when it has one); the canvas draws a port for each. */
  optionalSlots: readonly OptionalSlot[];
  /**
   * Every reference slot it holds except `next`, in a stable order (buttons, rules, `$block` values, then its
   * optional exits that are set): the canvas draws one port per slot and one edge per connected one, edits
   * re-point them. Buttons and rules not connected yet come without a target.
   */
  references(block: B): BlockSlot[];
  /** The messages it shows (their buttons may jump and set variables). */
  messages(block: B): Message[];
  /** The variable paths it sets (an input's variable, an API block's saveAs, …). */
  variablesSet(block: B): string[];
  /** Its fields that hold a variable path outright: a path, never a template. */
  variableFields: readonly string[];
  /**
   * Where its translatable texts are (docs/file-format.md#languages): the field holding its messages, and its own
   * text fields (translated in the block's `translations`). Absent: the kind has no translatable texts.
   */
  texts?: { messages?: string; fields?: readonly string[] };
  /** A fresh block, as the palette creates it. */
  newBlock(base: NewBlockBase): B;
}

/** A block kind: its schema and its facts, which the type checker reads against the schema's blocks. */
export function defineBlockKind<S extends z.ZodObject<{ type: z.ZodLiteral<string> }>>(
  schema: S,
  facts: Omit<BlockKind<z.infer<S>['type'], z.infer<S>>, 'schema'>,
): Omit<BlockKind<z.infer<S>['type'], z.infer<S>>, 'schema'> & { schema: S } {
  return { ...facts, schema };
}

/** The slots of the jump buttons of `messages` (connected or not), stored under the block field `base`. */
export function buttonReferences(messages: Message[], base: string): BlockSlot[] {
  const refs: BlockSlot[] = [];
  const push = (buttons: Button[], path: (string | number)[]) =>
    buttons.forEach((button, bi) => {
      if (!('url' in button))
        refs.push({ kind: 'button', path: [...path, bi, 'goTo'], target: button.goTo, label: button.title });
    });
  messages.forEach((m, mi) => {
    if (m.kind === 'buttons') push(m.buttons, [base, mi, 'buttons']);
    if (m.kind === 'quickReplies') push(m.replies, [base, mi, 'replies']);
    if (m.kind === 'carousel')
      m.cards.forEach((c, ci) => push(c.buttons, [base, mi, 'cards', ci, 'buttons']));
  });
  return refs;
}

/** References held as `{ "$block": id }` values anywhere inside `value`. */
export function blockValueReferences(
  value: unknown,
  path: (string | number)[],
  out: BlockReference[] = [],
): BlockReference[] {
  if (Array.isArray(value)) value.forEach((v, i) => blockValueReferences(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1 && keys[0] === '$block' && typeof obj.$block === 'string')
      out.push({ kind: 'blockValue', path: [...path, '$block'], target: obj.$block });
    else for (const k of keys) blockValueReferences(obj[k], [...path, k], out);
  }
  return out;
}

/** The reference in an optional exit slot (`else`, `onError`, `onFail`, `noAnswer`), when it is set. */
export function slotReference(
  slot: Exclude<OptionalSlot, 'next'>,
  target: string | undefined,
): BlockReference[] {
  return target ? [{ kind: slot, path: [slot], target }] : [];
}
