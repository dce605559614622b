// Chatlayer's read-only `internal` session namespace (docs/chatlayer.md#session-and-variables), kept up to date by the runtime.
import type { Block, Json, Project } from '../model';
import type { IntentScore } from './intent-port';

export interface DialogstateRef {
  id: string;
  name: string;
  type: string;
  [key: string]: Json;
}

function ref(block: Block): DialogstateRef {
  return { id: block.id, name: block.name ?? block.id, type: block.type };
}

/** The `internal` object a new conversation starts with. */
export function initialInternal(project: Project, sessionId: string): Record<string, Json> {
  return {
    botId: project.chatlayer?.botId ?? null,
    sessionId,
    version: project.chatlayer?.version ?? 'DRAFT',
    channel: 'botloom',
    preferredLanguage: project.language,
    locale: project.language,
    messageContent: '',
    messageType: 'intro',
    currentDialogstate: null,
    previousDialogstate: null,
    nlp: null,
  };
}

/** Records a block entry: the current dialogstate becomes the previous one. */
export function enterDialogstate(internal: Record<string, Json>, block: Block): void {
  internal.previousDialogstate = internal.currentDialogstate ?? null;
  internal.currentDialogstate = ref(block);
}

/** Records a user message. */
export function receiveUserMessage(
  internal: Record<string, Json>,
  text: string,
  type: 'text' | 'postback',
): void {
  internal.messageContent = text;
  internal.messageType = type;
}

/** Records what the intent classifier made of a message. */
export function recordNlp(internal: Record<string, Json>, expression: string, ranked: IntentScore[]): void {
  const best = ranked[0];
  internal.nlp = {
    expression,
    intent: best ? { name: best.intent, score: best.score } : null,
    intents: ranked.map((r) => ({ name: r.intent, score: r.score })),
    entities: [],
  };
}
