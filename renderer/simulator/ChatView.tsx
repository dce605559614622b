// The chat panel: the conversation as a web chat shows it, and the box the designer types in.
import { memo, useCallback, useMemo, useState, type FormEvent } from 'react';
import type { JumpButton, Message } from '../../engine/model';
import { useProject, useProjectStore } from '../state/project-store';
import { AgentLane } from './AgentLane';
import { ChatMessage, type Press } from './ChatMessage';
import { chatEntries } from './chat-entries';
import { typedButtonTitle } from './typed-title';
import { useSimulator } from './SimulatorContext';
import { useRecentEntries } from './use-recent-entries';
import { useStickToBottom } from './use-stick-to-bottom';
import { TriangleExclamationPoint } from 'lucide-react';

/** Messages shown at once; "Show earlier" adds as many. */
const CHAT_PAGE = 100;

/** One bot message. Memoised: a turn adds rows and toggles whether buttons can be pressed, it never redraws the log. */
const BotRow = memo(function BotRow({
  message,
  blockId,
  variant,
  active,
  onPress,
  onFocusBlock,
}: {
  message: Message;
  blockId: string | null;
  variant: string | undefined;
  active: boolean;
  onPress: Press;
  onFocusBlock(blockId: string): void;
}) {
  const from = blockId ? `From block ${blockId}${variant ? `, ${variant}` : ''}` : variant;
  return (
    <div
      className="chat-row"
      data-testid="chat-bot"
      data-variant={variant}
      onDoubleClick={() => blockId && onFocusBlock(blockId)}
      title={from ? `${from}${blockId ? ' (double-click to select it)' : ''}` : undefined}
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
  const press = useCallback((b: JumpButton) => void sim.click(b.title, b.goTo), [sim]);
  // Shown the first time a typed message equals a button's title: it goes through NLP, it is not a click.
  const [hint, setHint] = useState<{ text: string; shown: boolean }>({ text: '', shown: false });
  const focusBlock = useCallback((blockId: string) => store.getState().focusBlock(blockId), [store]);

  const canTalk = Boolean(state) && !busy && state?.status === 'waiting';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!canTalk || text.trim() === '') return;
    const said = text;
    setText('');
    const title = hint.shown ? undefined : typedButtonTitle(entries, said);
    if (title !== undefined) setHint({ text: title, shown: true });
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
            <div
              key={entry.seq}
              className={`chat-bubble user${entry.toAgent ? ' to-agent' : ''}`}
              data-testid="chat-user"
              title={entry.toAgent ? 'Sent during the hand-over: the agent got it, not the bot' : undefined}
            >
              {entry.text}
            </div>
          ) : entry.kind === 'agent' ? (
            <div key={entry.seq} className="chat-row agent" data-testid="chat-agent">
              <span className="chat-agent-label small">Agent</span>
              <div className="chat-bubble agent">{entry.text}</div>
            </div>
          ) : entry.kind === 'bot' ? (
            <BotRow
              key={entry.seq}
              message={entry.message}
              blockId={entry.blockId}
              variant={entry.variant}
              active={canTalk}
              onPress={press}
              onFocusBlock={focusBlock}
            />
          ) : entry.kind === 'event' ? (
            <div key={entry.seq} className="chat-event" role="note" data-testid="chat-event">
              {entry.text}
            </div>
          ) : (
            <div key={entry.seq} className="chat-error" role="alert" data-testid="chat-error">
              <TriangleExclamationPoint aria-hidden /> {entry.text}
            </div>
          ),
        )}
        {state?.status === 'ended' && <p className="chat-ended muted small">The conversation has ended.</p>}
      </div>
      <AgentLane />
      {hint.text && (
        <p className="chat-hint small" role="status" data-testid="chat-typed-title-hint">
          You typed “{hint.text}”, a button’s title. Chatlayer treats typed text as a message, not a click: it
          goes through NLP. Click the button to follow it.{' '}
          <button type="button" className="link" onClick={() => setHint({ text: '', shown: true })}>
            OK
          </button>
        </p>
      )}
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
