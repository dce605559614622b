// The hand-over steps of a conversation test (docs/file-format.md#conversation-tests): `agent` (the human agent
// writes, or hands the user back) and `expectOffloading`. Each check returns the failure, or undefined.
import type { AgentAction } from '../model';
import type { Conversation } from '../runtime';
import type { TestFailure } from './test-result';

type StepFailure = Omit<TestFailure, 'step' | 'stepSpec' | 'botError'>;

function lastHandover(c: Conversation): string {
  const { status, blockId } = c.offloading;
  return `offloading is ${status}${blockId ? ` (last Send to agent block: "${blockId}")` : ': no Send to agent block ran'}`;
}

/** Why the agent cannot act now: only an open hand-over has an agent. */
export function agentRefusal(c: Conversation, action: AgentAction): StepFailure | undefined {
  if (c.offloading.status === 'open') return undefined;
  return {
    expected:
      typeof action === 'string'
        ? `a hand-over open for the agent to write ${JSON.stringify(action)}`
        : 'a hand-over open for the agent to close',
    actual: lastHandover(c),
    blockId: c.waitingAt,
  };
}

/** Whether the hand-over state is `want`. */
export function offloadingMismatch(c: Conversation, want: string): StepFailure | undefined {
  if (c.offloading.status === want) return undefined;
  return { expected: `offloading is ${want}`, actual: lastHandover(c), blockId: c.waitingAt };
}
