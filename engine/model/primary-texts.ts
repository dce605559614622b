// The project as its primary language alone shows it: every text owner without its `translations` (copy on write:
// an object holding none is shared, not copied). The app's open paints the canvas from this and loads the rest after
// (docs/architecture.md#opening-a-project); it is never saved or edited.
import { BLOCK_KINDS, type Block } from './blocks';
import type { Message } from './message';
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

/** What mapOwners applies to each text owner. */
type EachOwner = <T extends TextOwner>(owner: T) => T;

/** The message with `each` applied to it, then to its buttons, quick replies, or cards and their buttons. */
function mapMessageOwners(m: Message, each: EachOwner): Message {
  const own = each(m);
  switch (own.kind) {
    case 'buttons': {
      const next = mapShared(own.buttons, each);
      return next === own.buttons ? own : { ...own, buttons: next };
    }
    case 'quickReplies': {
      const next = mapShared(own.replies, each);
      return next === own.replies ? own : { ...own, replies: next };
    }
    case 'carousel': {
      const cards = mapShared(own.cards, (card) => {
        const c = each(card);
        const buttons = mapShared(c.buttons, each);
        return buttons === c.buttons ? c : { ...c, buttons };
      });
      return cards === own.cards ? own : { ...own, cards };
    }
    default:
      return own;
  }
}

/**
 * The block with `each` applied to every text owner (its messages, their buttons, quick replies, cards and the cards'
 * buttons, and the block itself when its kind has text fields of its own), copy on write: the same block when no
 * owner changed. Owners are visited in one fixed order, a message before its buttons and a card before its buttons,
 * the block last; ownerTranslations and restoreTranslations rely on it.
 */
function mapOwners(block: Block, each: EachOwner): Block {
  const texts = BLOCK_KINDS[block.type].texts;
  if (!texts) return block;
  let out = block as unknown as Record<string, unknown>;
  const field = texts.messages;
  if (field !== undefined && Array.isArray(out[field])) {
    const messages = out[field] as Message[];
    const next = mapShared(messages, (m) => mapMessageOwners(m, each));
    if (next !== messages) out = { ...out, [field]: next };
  }
  if (texts.fields?.length) out = each(out as TextOwner);
  return out as unknown as Block;
}

const ownerOnly = <T extends TextOwner>(owner: T): T => withoutTranslations(owner) as T;

/** The block without the translations of its texts (its block kind's `texts`: messages and own text fields). */
export function blockWithoutTranslations(block: Block): Block {
  return mapOwners(block, ownerOnly);
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

/** Every text owner of the project, in mapOwners' order, flow by flow and block by block. */
function projectOwners(project: Project): TextOwner[] {
  const owners: TextOwner[] = [];
  const visit = <T extends TextOwner>(owner: T): T => {
    owners.push(owner);
    return owner;
  };
  for (const flow of project.flows) for (const block of flow.blocks) mapOwners(block, visit);
  return owners;
}

/**
 * The translations of every text owner of the project, in document order (flows, blocks, then each block's owners
 * as mapOwners visits them), null for an owner without any: what restoreTranslations puts back.
 */
export function ownerTranslations(project: Project): (TextOwner['translations'] | null)[] {
  return projectOwners(project).map((owner) => owner.translations ?? null);
}

/**
 * Gives `partial` (projectWithoutTranslations of a document) that document's `ownerTranslations`, in place: each
 * text owner gains its translations, so every flow, block and message keeps its identity, and what the canvas
 * built from them (cached per object) stays valid. Only for a document no one has read translations from yet, at
 * the revision the list was taken at (the app's open: docs/architecture.md#opening-a-project). False, with nothing
 * changed, when the list does not have one entry per owner.
 */
export function restoreTranslations(partial: Project, translations: readonly unknown[]): boolean {
  const owners = projectOwners(partial);
  if (owners.length !== translations.length) return false;
  if (translations.some((t) => t !== null && (typeof t !== 'object' || Array.isArray(t)))) return false;
  owners.forEach((owner, i) => {
    const map = translations[i];
    if (map !== null) owner.translations = map as TextOwner['translations'];
  });
  return true;
}
