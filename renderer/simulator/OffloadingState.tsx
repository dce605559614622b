// The session inspector's hand-over line (docs/file-format.md#human-hand-over): the conversation's offloading state,
// its Send to agent block, and whether the simulator plays "agents available".
import { useProject } from '../state/project-store';

const STATUS_TEXT = {
  none: 'not handed over',
  open: 'open: the bot is paused, an agent has the conversation',
  disabled: 'disabled: no agent was available, the bot went on',
  closed: 'closed: the agent handed back to the bot',
} as const;

export function OffloadingState() {
  const state = useProject((s) => s.simState);
  if (!state) return null;
  const { status, blockId, agentMessages } = state.offloading;
  return (
    <p className="small session-offloading" data-testid="session-offloading" data-status={status}>
      <strong>Offloading</strong>: {STATUS_TEXT[status]}
      {blockId ? ` (${blockId}` : ''}
      {blockId && agentMessages ? `, ${agentMessages} agent message${agentMessages === 1 ? '' : 's'}` : ''}
      {blockId ? ')' : ''}.{' '}
      <span className="muted">Agents {state.agentsAvailable ? 'available' : 'unavailable'}.</span>
    </p>
  );
}
