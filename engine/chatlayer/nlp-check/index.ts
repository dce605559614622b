// Public surface of the NLP check.
export {
  nlpCheck,
  formatNlpCheck,
  type ExtractIntents,
  type LiveIntentScore,
  type NlpCheckResult,
  type NlpCheckRow,
} from './nlp-check';
