// Public surface of engine/nlp: the local intent classifier (Node and the host; NLP.js is CommonJS,
// so this stays out of the renderer's engine/index.ts).
export { trainIntentClassifier, intentsHash } from './train-intent-classifier';
export { buildIntentClassifier, type TrainedIntentClassifier } from './intent-classifier';
export { trainProjectClassifier, type LanguageClassifiers } from './language-classifiers';
export {
  languageTools,
  agnosticTokenize,
  isStemmed,
  STEMMED_LANGUAGES,
  type LanguageTools,
  type Tokenize,
} from './text-features';
