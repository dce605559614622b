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
