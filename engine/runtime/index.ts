// Public surface of engine/runtime: conversations over a project, their ports, clock and limits.
export { createConversation, type Conversation } from './conversation';
export {
  LOOP_LIMIT,
  NOT_UNDERSTOOD_TEXT,
  HTTP_PREVIEW_CHARS,
  type ConversationOptions,
  type TurnResult,
} from './options';
export type { IntentClassifier, IntentScore } from './intent-port';
export { fixedClock, realClock, type Clock } from './clock';
export type { TraceListener } from './tracer';
export { evaluateCondition, asNumber, type ConditionHooks } from './conditions';
export { checkAnswer, type AnswerCheck } from './input-validation';
export { parseDateAnswer } from './date-answer';
export { convertChatlayerMessages, type ConvertedMessages } from './chatlayer-messages';
export { findCycle } from './walker';
export type { OffloadingState, OffloadingStatus } from './offloading-state';
export { seededRandom, hash32 } from './random';
export { sessionLanguage, LANGUAGE_VARIABLES } from './language';
