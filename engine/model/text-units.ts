// Every translatable text of a block or project, one unit per text (docs/file-format.md#languages): what the
// Translations table shows as rows, the CSV holds as lines and validation checks per language.
import { BLOCK_KINDS, type Block } from './blocks';
import type { Message } from './message';
import type { TextOwner } from './translation';

/** What kind of text a unit is; the CSV's "component type" column. */
export type ComponentType =
  | 'text'
  | 'text variant'
  | 'button'
  | 'quick reply'
  | 'card title'
  | 'card subtitle'
  | 'card button'
  | 'image alt'
  | 'invalid message'
  | 'fail message';

export type TextOwnerPath = (string | number)[];

export interface TextUnit {
  /** The path from the block to the object owning the text ([] for the block itself). */
  owner: TextOwnerPath;
  /** The owner's field holding the text. */
  field: string;
  /** For a list field (a text message's `variants`): the element. */
  index?: number;
  component: ComponentType;
  /** The unit's key inside its block, e.g. `messages.0.buttons.1.title` or `messages.0.variants.2`. */
  key: string;
}

/** A text unit with the flow and block holding it. */
export interface ProjectTextUnit extends TextUnit {
  flowId: string;
  flowName: string;
  blockId: string;
  blockName: string;
}

const unit = (owner: TextOwnerPath, field: string, component: ComponentType, index?: number): TextUnit => ({
  owner,
  field,
  component,
  key: [...owner, field, ...(index === undefined ? [] : [index])].join('.'),
  ...(index === undefined ? {} : { index }),
});

const variantCount = (message: Extract<Message, { kind: 'text' }>): number => {
  let count = message.variants?.length ?? 0;
  for (const entry of Object.values(message.translations ?? {}))
    count = Math.max(count, entry.variants?.length ?? 0);
  return count;
};

function messageUnits(message: Message, at: TextOwnerPath, out: TextUnit[]): void {
  const buttons = (list: { title: string }[], listAt: TextOwnerPath, component: ComponentType) =>
    list.forEach((_, i) => out.push(unit([...listAt, i], 'title', component)));
  switch (message.kind) {
    case 'text':
      out.push(unit(at, 'text', 'text'));
      for (let i = 0; i < variantCount(message); i++) out.push(unit(at, 'variants', 'text variant', i));
      return;
    case 'buttons':
      out.push(unit(at, 'text', 'text'));
      return buttons(message.buttons, [...at, 'buttons'], 'button');
    case 'quickReplies':
      out.push(unit(at, 'text', 'text'));
      return buttons(message.replies, [...at, 'replies'], 'quick reply');
    case 'image':
      if (message.alt !== undefined) out.push(unit(at, 'alt', 'image alt'));
      return;
    case 'carousel':
      message.cards.forEach((card, ci) => {
        const cardAt = [...at, 'cards', ci];
        out.push(unit(cardAt, 'title', 'card title'));
        if (card.subtitle !== undefined) out.push(unit(cardAt, 'subtitle', 'card subtitle'));
        buttons(card.buttons, [...cardAt, 'buttons'], 'card button');
      });
  }
}

const FIELD_COMPONENTS: Record<string, ComponentType> = {
  invalidMessage: 'invalid message',
  failMessage: 'fail message',
};

/** The block's translatable texts, in reading order: its messages, then its own text fields. */
export function blockTextUnits(block: Block): TextUnit[] {
  const texts = BLOCK_KINDS[block.type].texts;
  if (!texts) return [];
  const out: TextUnit[] = [];
  const record = block as unknown as Record<string, unknown>;
  if (texts.messages) {
    const messages = record[texts.messages];
    if (Array.isArray(messages))
      (messages as Message[]).forEach((m, i) => messageUnits(m, [texts.messages!, i], out));
  }
  for (const field of texts.fields ?? [])
    if (typeof record[field] === 'string') out.push(unit([], field, FIELD_COMPONENTS[field] ?? 'text'));
  return out;
}

/** Every translatable text of the project, flow by flow and block by block as stored. */
export function projectTextUnits(project: {
  flows: { id: string; name: string; blocks: Block[] }[];
}): ProjectTextUnit[] {
  const out: ProjectTextUnit[] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks)
      for (const u of blockTextUnits(block))
        out.push({
          ...u,
          flowId: flow.id,
          flowName: flow.name,
          blockId: block.id,
          blockName: block.name ?? block.id,
        });
  return out;
}

/** The object at `path` inside `block` (a message, button, card, or the block itself), if it is an object. */
export function ownerAt(block: Block, path: TextOwnerPath): TextOwner | undefined {
  let at: unknown = block;
  for (const step of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, step)) return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at !== null && typeof at === 'object' && !Array.isArray(at) ? (at as TextOwner) : undefined;
}

/** The block with the object at `path` replaced by `owner` (copy on write: untouched parts are shared). */
export function withOwnerAt(block: Block, path: TextOwnerPath, owner: TextOwner): Block {
  const put = (at: unknown, i: number): unknown => {
    if (i === path.length) return owner;
    const step = path[i]!;
    if (Array.isArray(at)) {
      const copy = [...at];
      copy[step as number] = put(at[step as number], i + 1);
      return copy;
    }
    const record = at as Record<string, unknown>;
    return { ...record, [step]: put(record[step as string], i + 1) };
  };
  return put(block, 0) as Block;
}
