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
export function initialInternal(
  project: Project,
  sessionId: string,
  language = project.language,
): Record<string, Json> {
  return {
    botId: project.chatlayer?.botId ?? null,
    sessionId,
    version: project.chatlayer?.version ?? 'DRAFT',
    channel: 'botloom',
    preferredLanguage: language,
    locale: language,
    messageContent: '',
    messageType: 'intro',
    currentDialogstate: null,
    previousDialogstate: null,
    nlp: null,
    contexts: {},
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

/** What NLP made of one user message, for `internal.nlp`. */
export interface NlpRecord {
  /** The user's text (a click: the button's title). */
  expression: string;
  /** The classifier's scores, best first; empty when NLP did not run. */
  ranked: readonly IntentScore[];
  /** Scores at or below this are not a match (docs/file-format.md#turn-order). */
  threshold: number;
  /**
   * Entities recognised in the message, as `internal.nlp.entities` holds them. Entity extraction fills this list;
   * until it runs, every turn passes an empty list.
   */
  recognisedEntities: readonly Json[];
}

/**
 * Records what NLP made of a message in `internal.nlp`: `intent` is the best intent above the threshold, or null
 * when nothing matched (the scores stay in `intents`); a turn where NLP did not run has `intent: null, intents: []`.
 */
export function recordNlp(internal: Record<string, Json>, nlp: NlpRecord): void {
  const best = nlp.ranked[0];
  internal.nlp = {
    expression: nlp.expression,
    intent: best && best.score > nlp.threshold ? { name: best.intent, score: best.score } : null,
    intents: nlp.ranked.map((r) => ({ name: r.intent, score: r.score })),
    entities: [...nlp.recognisedEntities],
  };
}
