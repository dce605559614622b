// The text a double-click edits in place on a message block's card: the block's first message text
// (of a text, buttons or quick-replies message), in the language the canvas shows. In the primary
// language the edit is one updateBlock of the block's messages; in a secondary language (the title
// bar's "Texts in") it is one setTranslation of that text, as the inspector's translated fields do.
import type { Command } from '../../engine/edit';
import { blockTextUnits, ownerAt, textIn, type Block, type Json, type Message } from '../../engine/model';

export interface InlineText {
  /** The text as it stands in the shown language ('' for a translation not written yet). */
  value: string;
  /** Shown in an empty field: the primary text, when editing a translation. */
  placeholder: string;
  /** The secondary language edited, or null for the primary one. */
  language: string | null;
  /** The commands that store `next` (none when it is unchanged). */
  commands(next: string): Command[];
  /** The undo history's label. */
  label: string;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

/** What a double-click on `block` edits in place, or undefined when it has no such text (the inspector opens instead). */
export function inlineText(block: Block, language: string | null, primary: string): InlineText | undefined {
  if (block.type !== 'message') return undefined;
  const unit = blockTextUnits(block).find((u) => u.field === 'text' && u.owner[0] === 'messages');
  const index = unit?.owner[1];
  if (!unit || typeof index !== 'number') return undefined;
  const owner = ownerAt(block, unit.owner);
  if (!owner) return undefined;
  const own = asText(textIn(owner, 'text', primary, primary));
  const name = block.name ?? block.id;
  if (language && language !== primary) {
    const value = asText(textIn(owner, 'text', language, primary));
    return {
      value,
      placeholder: own,
      language,
      label: `Translate ${name} (${language})`,
      commands: (next) =>
        next === value
          ? []
          : [
              {
                type: 'setTranslation',
                block: block.id,
                owner: unit.owner,
                field: 'text',
                language,
                value: next === '' ? null : next,
              },
            ],
    };
  }
  return {
    value: own,
    placeholder: '',
    language: null,
    label: `Edit text of ${name}`,
    commands: (next) => {
      if (next === own) return [];
      const messages = block.messages.map((m, i) => (i === index ? ({ ...m, text: next } as Message) : m));
      return [{ type: 'updateBlock', id: block.id, patch: { messages: messages as unknown as Json } }];
    },
  };
}
