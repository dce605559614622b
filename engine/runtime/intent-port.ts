// The runtime's port to intent recognition (docs/file-format.md#turn-order step 2); engine/nlp implements it.
export interface IntentScore {
  /** An intent id of the project. */
  intent: string;
  /** Confidence from 0 to 1. */
  score: number;
}

export interface IntentClassifier {
  /**
   * Scores of the project's intents for a user message, sorted best first (may be empty). `language`: the
   * conversation's language, for a classifier with one model per language (docs/file-format.md#languages).
   */
  classify(text: string, language?: string): IntentScore[];
}
