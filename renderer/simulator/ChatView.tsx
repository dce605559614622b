// The chat panel: the conversation as a web chat shows it, and the box the designer types in.
import { memo, useCallback, useMemo, useState, type FormEvent } from 'react';
import type { Message } from '../../engine/model';
import { useProject, useProjectStore } from '../state/project-store';
import { ChatMessage } from './ChatMessage';
import { chatEntries } from './chat-entries';
import { useSimulator } from './SimulatorContext';
import { useRecentEntries } from './use-recent-entries';
import { useStickToBottom } from './use-stick-to-bottom';

/** Messages shown at once; "Show earlier" adds as many. */
const CHAT_PAGE = 100;

/** One bot message. Memoised: a turn adds rows and disables the previous buttons, it never redraws the log. */
const BotRow = memo(function BotRow({
  message,
  blockId,
  active,
  onPress,
  onFocusBlock,
}: {
  message: Message;
  blockId: string | null;
  active: boolean;
  onPress(title: string): void;
  onFocusBlock(blockId: string): void;
}) {
  return (
    <div
      className="chat-row"
      data-testid="chat-bot"
      onDoubleClick={() => blockId && onFocusBlock(blockId)}
      title={blockId ? `From block ${blockId} (double-click to select it)` : undefined}
    >
      <ChatMessage message={message} active={active} onPress={onPress} />
    </div>
  );
});

export function ChatView() {
  const sim = useSimulator();
  const store = useProjectStore();
  const events = useProject((s) => s.simEvents);
  const state = useProject((s) => s.simState);
  const busy = useProject((s) => s.simBusy);
  const entries = useMemo(() => chatEntries(events), [events]);
  const recent = useRecentEntries(entries, CHAT_PAGE);
  const [text, setText] = useState('');
  const list = useStickToBottom<HTMLDivElement>(entries.length);
  const press = useCallback((title: string) => void sim.click(title), [sim]);
  const focusBlock = useCallback((blockId: string) => store.getState().focusBlock(blockId), [store]);

  const canTalk = Boolean(state) && !busy && state?.status === 'waiting';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!canTalk || text.trim() === '') return;
    const said = text;
    setText('');
    void sim.say(said);
  };

  return (
    <div className="chat" data-testid="chat">
      <div
        className="chat-log"
        ref={list}
        role="log"
        aria-label="Conversation"
        aria-live="polite"
        data-testid="chat-log"
      >
        {!state && <p className="muted small chat-empty">Press Start to talk to your bot.</p>}
        {recent.hidden > 0 && (
          <button type="button" className="link chat-earlier" onClick={recent.showEarlier}>
            Show earlier messages ({recent.hidden})
          </button>
        )}
        {recent.shown.map((entry) =>
          entry.kind === 'user' ? (
            <div key={entry.seq} className="chat-bubble user" data-testid="chat-user">
              {entry.text}
            </div>
          ) : entry.kind === 'bot' ? (
            <BotRow
              key={entry.seq}
              message={entry.message}
              blockId={entry.blockId}
              active={entry.latest && canTalk}
              onPress={press}
              onFocusBlock={focusBlock}
            />
          ) : entry.kind === 'event' ? (
            <div key={entry.seq} className="chat-event" role="note" data-testid="chat-event">
              {entry.text}
            </div>
          ) : (
            <div key={entry.seq} className="chat-error" role="alert" data-testid="chat-error">
              ⚠ {entry.text}
            </div>
          ),
        )}
        {state?.status === 'ended' && <p className="chat-ended muted small">The conversation has ended.</p>}
      </div>
      <form className="chat-input" onSubmit={submit}>
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={
            state?.status === 'paused'
              ? 'Paused: continue or step'
              : state?.status === 'ended'
                ? 'Restart to talk again'
                : 'Type a message…'
          }
          disabled={!state || state.status === 'ended'}
          aria-label="Message to the bot"
          data-testid="chat-input"
        />
        <button type="submit" disabled={!canTalk || text.trim() === ''} data-testid="chat-send">
          Send
        </button>
      </form>
    </div>
  );
}
