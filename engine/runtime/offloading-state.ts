// The offloading state of a conversation (docs/file-format.md#human-hand-over), kept by the RuntimeContext.

/** none: never handed over; open: an agent has the conversation; disabled: no agent was available; closed: handed back. */
export type OffloadingStatus = 'none' | 'open' | 'disabled' | 'closed';

export interface OffloadingState {
  status: OffloadingStatus;
  /** The Send to agent block of the last transition to open or disabled; null before any. */
  blockId: string | null;
  /** Conversation clock (epoch ms) of the last transition; null before any. */
  since: number | null;
  /** The Send to agent block's note, after templating. */
  note?: string;
  /** Messages the agent wrote in the current (or last) hand-over. */
  agentMessages: number;
}

export const initialOffloading = (): OffloadingState => ({
  status: 'none',
  blockId: null,
  since: null,
  agentMessages: 0,
});
