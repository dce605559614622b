// The local intent classifier (docs/file-format.md#turn-order step 2), trained from the project's intent examples: the
// feed-forward network of NLP.js over stemmed tokens, with its "None" handling (unknown words pull
// the score towards None) and its spell check (an unknown word within edit distance 1, or 2 for long
// words, of a known one counts as it). An intent matches only when the message shares a word with its
// examples that is not a stopword: "my laptop is broken" must not land on "where is my order".
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient typings of untyped NLP.js, for every tsconfig that reaches this file
/// <reference path="./nlpjs.d.ts" />
import neural from '@nlpjs/neural';
import similarity from '@nlpjs/similarity';
import type { Intent } from '../model';
import type { IntentClassifier, IntentScore } from '../runtime/intent-port';
import { languageTools, type LanguageTools } from './text-features';

const NONE = 'None';
const NONE_FEATURE = 'nonefeature';
/** Each further unknown word weighs this much more towards None (NLP.js's default). */
const NONE_DELTA_MULTIPLIER = 1.2;
/** Words shorter than this are never spell-corrected: too many short words are one edit apart. */
const SPELL_MIN_LENGTH = 4;
const LONG_WORD = 8;

export interface TrainedIntentClassifier extends IntentClassifier {
  readonly language: string;
  /** Distinct stemmed words learnt from the examples. */
  readonly vocabulary: number;
}

class NeuralIntentClassifier implements TrainedIntentClassifier {
  private readonly network = new neural.NeuralNetwork({ log: false });
  private readonly features: Record<string, number> = {};
  private readonly intentFeatures = new Map<string, Set<string>>();
  private readonly spell: InstanceType<typeof similarity.SpellCheck>;
  private readonly noneDelta: number;

  constructor(
    intents: readonly Intent[],
    readonly language: string,
    private readonly tools: LanguageTools,
  ) {
    const tokenize = tools.tokenize;
    const corpus: { input: Record<string, number>; output: Record<string, number> }[] = [];
    for (const intent of intents) {
      const own = this.intentFeatures.get(intent.id) ?? new Set<string>();
      this.intentFeatures.set(intent.id, own);
      for (const example of intent.examples) {
        const input: Record<string, number> = {};
        for (const token of tokenize(example)) {
          input[token] = 1;
          this.features[token] = (this.features[token] ?? 0) + 1;
          own.add(token);
        }
        if (Object.keys(input).length > 0) corpus.push({ input, output: { [intent.id]: 1 } });
      }
    }
    this.spell = new similarity.SpellCheck({ features: this.features, minLength: SPELL_MIN_LENGTH });
    this.noneDelta = this.intentFeatures.size / Math.max(1, this.vocabulary);
    if (corpus.length > 0) {
      corpus.push({ input: { [NONE_FEATURE]: 1 }, output: { [NONE]: 1 } });
      this.network.train(corpus);
    }
  }

  get vocabulary(): number {
    return Object.keys(this.features).length;
  }

  /** The token itself when known, else the nearest known word (swap, then edit distance), else the token. */
  private correct(token: string): string {
    if (this.features[token] || token.length < SPELL_MIN_LENGTH) return token;
    for (let i = 0; i + 1 < token.length; i += 1) {
      const swapped = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
      if (this.features[swapped]) return swapped;
    }
    return this.spell.checkToken(token, token.length >= LONG_WORD ? 2 : 1);
  }

  /** Known words of the message (spell-corrected) and the None weight of the unknown ones. */
  private featuresOf(text: string): { known: Set<string>; input: Record<string, number> } {
    const known = new Set<string>();
    let unknown = 0;
    for (const token of this.tools.tokenize(text)) {
      const fixed = this.correct(token);
      if (this.features[fixed]) known.add(fixed);
      // Unknown function words ("would", a stray "s") say nothing about the topic: only content words count for None.
      else if (!this.tools.stopwords.has(token)) unknown += 1;
    }
    const input: Record<string, number> = {};
    for (const token of known) input[token] = 1;
    let none = 0;
    for (let i = 0, delta = this.noneDelta; i < unknown; i += 1, delta *= NONE_DELTA_MULTIPLIER)
      none += delta;
    if (none > 0) input[NONE_FEATURE] = none;
    return { known, input };
  }

  classify(text: string): IntentScore[] {
    if (this.intentFeatures.size === 0) return [];
    const { known, input } = this.featuresOf(text);
    const content = [...known].filter((t) => !this.tools.stopwords.has(t));
    if (content.length === 0) return [];
    const raw = this.network.run(input) ?? {};
    // Squared and normalised over every output, None included, as NLP.js does.
    const scored: { intent: string; score: number }[] = [];
    let total = 0;
    for (const [intent, value] of Object.entries(raw)) {
      const activated = intent === NONE || content.some((t) => this.intentFeatures.get(intent)?.has(t));
      const score = activated ? value ** 2 : 0;
      total += score;
      scored.push({ intent, score });
    }
    if (total <= 0) return [];
    return scored
      .filter((s) => s.intent !== NONE && s.score > 0)
      .map((s) => ({ intent: s.intent, score: s.score / total }))
      .sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
  }
}

/** Trains synchronously (the cached, async entry point is `trainIntentClassifier`). */
export function buildIntentClassifier(intents: readonly Intent[], language: string): TrainedIntentClassifier {
  return new NeuralIntentClassifier(intents, language, languageTools(language));
}
