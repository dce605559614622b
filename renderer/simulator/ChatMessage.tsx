// One bot message as a web chat shows it: text, buttons, quick replies, an image or a carousel.
// Buttons and quick replies of every turn stay pressable, as in Chatlayer: a press is a postback carrying its target.
import type { Button, JumpButton, Message } from '../../engine/model';
import { ExternalLink } from 'lucide-react';

/** What a press sends: the button's title and, for a jump, its target. */
export type Press = (button: JumpButton) => void;

function ButtonRow({
  buttons,
  active,
  onPress,
  kind,
}: {
  buttons: Button[];
  active: boolean;
  onPress: Press;
  kind: 'button' | 'reply';
}) {
  return (
    <div className={kind === 'reply' ? 'chat-replies' : 'chat-buttons'}>
      {buttons.map((b, i) =>
        'url' in b ? (
          <a
            key={i}
            className="chat-button"
            href={b.url}
            target="_blank"
            rel="noreferrer noopener"
            title={b.url}
          >
            {b.title} <ExternalLink aria-hidden />
          </a>
        ) : (
          <button
            key={i}
            type="button"
            className={kind === 'reply' ? 'chat-reply' : 'chat-button'}
            disabled={!active}
            onClick={() => onPress(b)}
            data-testid="chat-choice"
          >
            {b.title}
          </button>
        ),
      )}
    </div>
  );
}

export function ChatMessage({
  message,
  active,
  onPress,
}: {
  message: Message;
  active: boolean;
  onPress: Press;
}) {
  switch (message.kind) {
    case 'text':
      return <div className="chat-bubble bot">{message.text}</div>;
    case 'buttons':
      return (
        <div className="chat-bubble bot">
          <div>{message.text}</div>
          <ButtonRow buttons={message.buttons} active={active} onPress={onPress} kind="button" />
        </div>
      );
    case 'quickReplies':
      return (
        <>
          <div className="chat-bubble bot">{message.text}</div>
          <ButtonRow buttons={message.replies} active={active} onPress={onPress} kind="reply" />
        </>
      );
    case 'image':
      return (
        <div className="chat-bubble bot chat-media">
          <img src={message.url} alt={message.alt ?? ''} loading="lazy" />
        </div>
      );
    case 'carousel':
      return (
        <div className="chat-carousel" role="list">
          {message.cards.map((card, i) => (
            <div key={i} className="chat-card" role="listitem">
              {card.imageUrl && <img src={card.imageUrl} alt="" loading="lazy" />}
              <strong>{card.title}</strong>
              {card.subtitle && <span className="muted small">{card.subtitle}</span>}
              <ButtonRow buttons={card.buttons} active={active} onPress={onPress} kind="button" />
            </div>
          ))}
        </div>
      );
  }
}
