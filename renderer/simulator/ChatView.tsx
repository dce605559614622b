// The chat panel: the conversation as a web chat shows it, and the box the designer types in.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useProject, useProjectStore } from '../state/project-store';
import { ChatMessage } from './ChatMessage';
import { chatEntries } from './chat-entries';
import { useSimulator } from './SimulatorContext';

export function ChatView() {
  const sim = useSimulator();
  const store = useProjectStore();
  const events = useProject((s) => s.simEvents);
  const state = useProject((s) => s.simState);
  const busy = useProject((s) => s.simBusy);
  const entries = useMemo(() => chatEntries(events), [events]);
  const [text, setText] = useState('');
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries.length]);

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
        {entries.map((entry) =>
          entry.kind === 'user' ? (
            <div key={entry.seq} className="chat-bubble user" data-testid="chat-user">
              {entry.text}
            </div>
          ) : entry.kind === 'bot' ? (
            <div
              key={entry.seq}
              className="chat-row"
              data-testid="chat-bot"
              onDoubleClick={() => entry.blockId && store.getState().focusBlock(entry.blockId)}
              title={entry.blockId ? `From block ${entry.blockId} (double-click to select it)` : undefined}
            >
              <ChatMessage
                message={entry.message}
                active={entry.latest && canTalk}
                onPress={(title) => void sim.click(title)}
              />
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
