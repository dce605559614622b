// Public surface of the NLP check.
export {
  nlpCheck,
  nlpCheckDiffers,
  formatNlpCheck,
  type LiveExtraction,
  type ExtractIntents,
  type LiveIntentScore,
  type NlpCheckResult,
  type NlpCheckRow,
} from './nlp-check';
export {
  liveEntityValues,
  type EntityCheck,
  type EntityCheckRow,
  type EntityCount,
  type EntityProblem,
} from './entity-check';
