// The messages of a message block or an input prompt: text, buttons, quick replies, image, carousel.
import type { Button, Message, MessageKind, TranslationEntry } from '../../engine/model';
import { ButtonsEditor } from './ButtonsEditor';
import { SelectField } from './fields/SmallFields';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';
import { VariantsEditor } from './VariantsEditor';
import { X } from 'lucide-react';

const KINDS: { value: MessageKind; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'buttons', label: 'Buttons' },
  { value: 'quickReplies', label: 'Quick replies' },
  { value: 'image', label: 'Image' },
  { value: 'carousel', label: 'Carousel' },
];

/**
 * The translations of a message's `text` alone, which a change between text, buttons and quick replies keeps with
 * the text (a text message's variants have no place in the others).
 */
function textTranslations(m: Message): { translations?: Record<string, TranslationEntry> } {
  if (!('text' in m) || !m.translations) return {};
  const entries = Object.entries(m.translations as Record<string, TranslationEntry>)
    .filter(([, entry]) => entry.text !== undefined)
    .map(([language, entry]): [string, TranslationEntry] => [
      language,
      entry.textHash === undefined ? { text: entry.text } : { text: entry.text, textHash: entry.textHash },
    ]);
  return entries.length ? { translations: Object.fromEntries(entries) } : {};
}

function convert(m: Message, kind: MessageKind): Message {
  const text = 'text' in m ? m.text : '';
  const buttons: Button[] =
    m.kind === 'buttons' ? m.buttons : m.kind === 'quickReplies' ? m.replies : [{ title: 'Yes' }];
  switch (kind) {
    case 'text':
      return { kind, text, ...textTranslations(m) };
    case 'buttons':
      return { kind, text, buttons, ...textTranslations(m) };
    case 'quickReplies':
      return { kind, text, replies: buttons, ...textTranslations(m) };
    case 'image':
      return { kind, url: 'https://', alt: text || undefined };
    case 'carousel':
      return { kind, cards: [{ title: text || 'Card', buttons }] };
  }
}

export function MessagesEditor({
  messages,
  onCommit,
  testId,
}: {
  messages: Message[];
  onCommit(m: Message[]): string | undefined;
  testId: string;
}) {
  const update = (i: number, m: Message) => onCommit(messages.map((x, j) => (j === i ? m : x)));
  return (
    <div className="sub-list">
      {messages.map((m, i) => (
        <fieldset key={i} className="sub-item" data-testid={`${testId}-${i}`}>
          <legend>
            Message {i + 1}
            <button
              className="link-button"
              onClick={() => onCommit(messages.filter((_, j) => j !== i))}
              aria-label={`Remove message ${i + 1}`}
            >
              <X aria-hidden />
            </button>
          </legend>
          <SelectField
            label="Kind"
            value={m.kind}
            options={KINDS}
            onCommit={(k) => update(i, convert(m, k))}
            testId={`${testId}-${i}-kind`}
          />
          {m.kind === 'text' && (
            <VariantsEditor message={m} onCommit={(t) => update(i, t)} testId={`${testId}-${i}`} />
          )}
          {'text' in m && m.kind !== 'text' && (
            <TemplateField
              label="Text"
              multiline
              value={m.text}
              onCommit={(text) => update(i, { ...m, text })}
              testId={`${testId}-${i}-text`}
            />
          )}
          {m.kind === 'buttons' && (
            <ButtonsEditor
              buttons={m.buttons}
              onCommit={(buttons) => update(i, { ...m, buttons })}
              testId={`${testId}-${i}-button`}
            />
          )}
          {m.kind === 'quickReplies' && (
            <ButtonsEditor
              buttons={m.replies}
              onCommit={(replies) => update(i, { ...m, replies })}
              testId={`${testId}-${i}-reply`}
            />
          )}
          {m.kind === 'image' && (
            <>
              <TemplateField label="Image URL" value={m.url} onCommit={(url) => update(i, { ...m, url })} />
              <TextField
                label="Alt text"
                value={m.alt ?? ''}
                onCommit={(alt) => update(i, { ...m, alt: alt || undefined })}
              />
            </>
          )}
          {m.kind === 'carousel' &&
            m.cards.map((card, ci) => (
              <fieldset key={ci} className="sub-item">
                <legend>Card {ci + 1}</legend>
                <TemplateField
                  label="Title"
                  value={card.title}
                  onCommit={(title) =>
                    update(i, { ...m, cards: m.cards.map((c, k) => (k === ci ? { ...c, title } : c)) })
                  }
                />
                <TemplateField
                  label="Subtitle"
                  value={card.subtitle ?? ''}
                  onCommit={(subtitle) =>
                    update(i, {
                      ...m,
                      cards: m.cards.map((c, k) =>
                        k === ci ? { ...c, subtitle: subtitle || undefined } : c,
                      ),
                    })
                  }
                />
                <TextField
                  label="Image URL"
                  value={card.imageUrl ?? ''}
                  onCommit={(imageUrl) =>
                    update(i, {
                      ...m,
                      cards: m.cards.map((c, k) =>
                        k === ci ? { ...c, imageUrl: imageUrl || undefined } : c,
                      ),
                    })
                  }
                />
                <ButtonsEditor
                  buttons={card.buttons}
                  onCommit={(buttons) =>
                    update(i, { ...m, cards: m.cards.map((c, k) => (k === ci ? { ...c, buttons } : c)) })
                  }
                  testId={`${testId}-${i}-card-${ci}-button`}
                />
              </fieldset>
            ))}
          {m.kind === 'carousel' && (
            <button
              className="add-button"
              onClick={() => update(i, { ...m, cards: [...m.cards, { title: 'Card', buttons: [] }] })}
            >
              + Card
            </button>
          )}
        </fieldset>
      ))}
      <button
        className="add-button"
        onClick={() => onCommit([...messages, { kind: 'text', text: '' }])}
        data-testid={`${testId}-add`}
      >
        + Message
      </button>
    </div>
  );
}
