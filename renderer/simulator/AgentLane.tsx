// The agent lane (docs/file-format.md#human-hand-over): while a hand-over is open the bot is paused and the designer
// plays the human agent: writes to the user, and hands the user back (the Offloading closed block runs).
import { useState, type FormEvent } from 'react';
import { useProject } from '../state/project-store';
import { useSimulator } from './SimulatorContext';

export function AgentLane() {
  const sim = useSimulator();
  const state = useProject((s) => s.simState);
  const busy = useProject((s) => s.simBusy);
  const [text, setText] = useState('');
  const offloading = state?.offloading;
  if (offloading?.status !== 'open') return null;
  const canAct = !busy && state?.status === 'waiting';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!canAct || text.trim() === '') return;
    const said = text;
    setText('');
    void sim.agentSay(said);
  };
  return (
    <section className="agent-lane" aria-label="Agent lane" data-testid="agent-lane">
      <p className="small agent-lane-head">
        <strong>Handed over to an agent</strong> at {offloading.blockId}: the bot is paused and the
        user&apos;s messages go to the agent. You are the agent.
        {offloading.note ? <span className="muted"> Note: {offloading.note}</span> : null}
      </p>
      <form className="chat-input agent-input" onSubmit={submit}>
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Reply as the agent…"
          aria-label="Message as the agent"
          data-testid="agent-input"
        />
        <button type="submit" disabled={!canAct || text.trim() === ''} data-testid="agent-send">
          Send as agent
        </button>
        <button
          type="button"
          disabled={!canAct}
          onClick={() => void sim.agentClose()}
          title="Close the hand-over: the bot takes over again with the Offloading closed block"
          data-testid="agent-close"
        >
          Hand back to the bot
        </button>
      </form>
    </section>
  );
}
