// The project as its primary language alone shows it: every text owner without its `translations` (copy on write:
// an object holding none is shared, not copied). The app's open paints the canvas from this and loads the rest after
// (docs/architecture.md#opening-a-project); it is never saved or edited.
import { BLOCK_KINDS, type Block } from './blocks';
import type { Button, Message } from './message';
import type { Project } from './project';
import { withoutTranslations } from './translate';
import type { TextOwner } from './translation';

/** `list` with `each` applied, the same array when no element changed. */
function mapShared<T>(list: readonly T[], each: (item: T) => T): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const next = each(list[i]!);
    if (next !== list[i]) (out ??= list.slice())[i] = next;
  }
  return out ?? (list as T[]);
}

const ownerOnly = <T extends TextOwner>(owner: T): T => withoutTranslations(owner) as T;

const buttonsOnly = (buttons: readonly Button[]): Button[] => mapShared(buttons, ownerOnly);

function messageOnly(message: Message): Message {
  const own = ownerOnly(message);
  switch (own.kind) {
    case 'buttons': {
      const buttons = buttonsOnly(own.buttons);
      return buttons === own.buttons ? own : { ...own, buttons };
    }
    case 'quickReplies': {
      const replies = buttonsOnly(own.replies);
      return replies === own.replies ? own : { ...own, replies };
    }
    case 'carousel': {
      const cards = mapShared(own.cards, (card) => {
        const c = ownerOnly(card);
        const buttons = buttonsOnly(c.buttons);
        return buttons === c.buttons ? c : { ...c, buttons };
      });
      return cards === own.cards ? own : { ...own, cards };
    }
    default:
      return own;
  }
}

/** The block without the translations of its texts (its block kind's `texts`: messages and own text fields). */
export function blockWithoutTranslations(block: Block): Block {
  const texts = BLOCK_KINDS[block.type].texts;
  if (!texts) return block;
  let out = block as unknown as Record<string, unknown>;
  const field = texts.messages;
  if (field !== undefined && Array.isArray(out[field])) {
    const messages = out[field] as Message[];
    const next = mapShared(messages, messageOnly);
    if (next !== messages) out = { ...out, [field]: next };
  }
  if (texts.fields?.length) out = ownerOnly(out as TextOwner);
  return out as unknown as Block;
}

/**
 * The project without its blocks' translations, and whether any were left out. Intents' per-language expressions
 * stay (they are small). Only a view: a document made from it and saved would lose every translation.
 */
export function projectWithoutTranslations(project: Project): { project: Project; omitted: boolean } {
  const flows = mapShared(project.flows, (flow) => {
    const blocks = mapShared(flow.blocks, blockWithoutTranslations);
    return blocks === flow.blocks ? flow : { ...flow, blocks };
  });
  return flows === project.flows
    ? { project, omitted: false }
    : { project: { ...project, flows }, omitted: true };
}

/** Each text owner of the block, in a fixed order (those blockWithoutTranslations strips). */
function blockOwners(block: Block, out: TextOwner[]): void {
  const texts = BLOCK_KINDS[block.type]?.texts;
  if (!texts) return;
  const record = block as unknown as Record<string, unknown>;
  const messages = texts.messages === undefined ? undefined : record[texts.messages];
  if (Array.isArray(messages))
    for (const message of messages as Message[]) {
      out.push(message);
      if (message.kind === 'buttons') out.push(...message.buttons);
      else if (message.kind === 'quickReplies') out.push(...message.replies);
      else if (message.kind === 'carousel') for (const card of message.cards) out.push(card, ...card.buttons);
    }
  if (texts.fields?.length) out.push(record as TextOwner);
}

/**
 * The translations of every text owner of the project, in document order (flows, blocks, then each block's owners
 * as blockWithoutTranslations walks them), null for an owner without any: what restoreTranslations puts back.
 */
export function ownerTranslations(project: Project): (TextOwner['translations'] | null)[] {
  const owners: TextOwner[] = [];
  for (const flow of project.flows) for (const block of flow.blocks) blockOwners(block, owners);
  return owners.map((owner) => owner.translations ?? null);
}

/**
 * Gives `partial` (projectWithoutTranslations of a document) that document's `ownerTranslations`, in place: each
 * text owner gains its translations, so every flow, block and message keeps its identity, and what the canvas
 * built from them (cached per object) stays valid. Only for a document no one has read translations from yet, at
 * the revision the list was taken at (the app's open: docs/architecture.md#opening-a-project). False, with nothing
 * changed, when the list does not have one entry per owner.
 */
export function restoreTranslations(partial: Project, translations: readonly unknown[]): boolean {
  const owners: TextOwner[] = [];
  for (const flow of partial.flows) for (const block of flow.blocks) blockOwners(block, owners);
  if (owners.length !== translations.length) return false;
  if (translations.some((t) => t !== null && (typeof t !== 'object' || Array.isArray(t)))) return false;
  owners.forEach((owner, i) => {
    const map = translations[i];
    if (map !== null) owner.translations = map as TextOwner['translations'];
  });
  return true;
}
