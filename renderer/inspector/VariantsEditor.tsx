// The variants of a text message (docs/file-format.md#messages-and-buttons): the texts besides the first, one of which the
// bot sends at random (the simulator picks with the conversation's seed). Added, removed and reordered through the
// block's patch, so each change is one undo step.
import type { TextMessage } from '../../engine/model';
import { TemplateField } from './fields/TemplateField';
import { ArrowDown, ArrowUp, X } from 'lucide-react';

export function VariantsEditor({
  message,
  onCommit,
  testId,
}: {
  message: TextMessage;
  onCommit(m: TextMessage): string | undefined;
  testId: string;
}) {
  const texts = [message.text, ...(message.variants ?? [])];
  // The message's other fields (its translations) stay: a translation whose primary text changed is then flagged
  // stale, never lost.
  const commit = (next: string[]) => {
    const [text = '', ...variants] = next;
    const { variants: _before, ...rest } = message;
    return onCommit(variants.length ? { ...rest, text, variants } : { ...rest, text });
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...texts];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    return commit(next);
  };
  return (
    <div className="sub-list" data-testid={`${testId}-variants`}>
      {texts.map((text, i) => (
        <div key={i} className="variant-row" data-testid={`${testId}-variant-${i}`}>
          <TemplateField
            label={texts.length === 1 ? 'Text' : `Variant ${i + 1}`}
            multiline
            value={text}
            onCommit={(t) => commit(texts.map((x, j) => (j === i ? t : x)))}
            testId={i === 0 ? `${testId}-text` : `${testId}-variant-${i}-text`}
          />
          {texts.length > 1 && (
            <span className="variant-actions">
              <button
                className="link-button"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Move variant ${i + 1} up`}
              >
                <ArrowUp aria-hidden />
              </button>
              <button
                className="link-button"
                disabled={i === texts.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move variant ${i + 1} down`}
              >
                <ArrowDown aria-hidden />
              </button>
              <button
                className="link-button"
                onClick={() => commit(texts.filter((_, j) => j !== i))}
                aria-label={`Remove variant ${i + 1}`}
                data-testid={`${testId}-variant-${i}-remove`}
              >
                <X aria-hidden />
              </button>
            </span>
          )}
        </div>
      ))}
      <p className="muted small">
        {texts.length > 1
          ? 'The bot sends one of these at random, as Chatlayer does; the simulator picks with its seed.'
          : 'Add variants to say the same thing in other words: the bot picks one at random.'}
      </p>
      <button
        className="add-button"
        onClick={() => commit([...texts, ''])}
        data-testid={`${testId}-add-variant`}
      >
        + Variant
      </button>
    </div>
  );
}
