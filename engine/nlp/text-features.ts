// Turns a message into the tokens the classifier learns from: NLP.js's normaliser, tokenizer, stemmer
// and stopword list for English, Dutch, French and German (by the primary subtag of the project's
// language); any other language gets a language-agnostic tokenizer (lower case, accents folded, split
// on anything that is not a letter or a digit, no stemming, no stopwords).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient typings of untyped NLP.js, for every tsconfig that reaches this file
/// <reference path="./nlpjs.d.ts" />
import { agnosticTokenize } from './agnostic-tokenize';
import langDe from '@nlpjs/lang-de';
import langEn from '@nlpjs/lang-en-min';
import langFr from '@nlpjs/lang-fr';
import langNl from '@nlpjs/lang-nl';

export type Tokenize = (text: string) => string[];

export interface LanguageTools {
  tokenize: Tokenize;
  /** Stemmed stopwords: they count for the score but never alone make an intent match. */
  stopwords: ReadonlySet<string>;
}

/** Languages with a stemmer and stopwords of their own; others use the language-agnostic tokenizer. */
export const STEMMED_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
type Stemmed = (typeof STEMMED_LANGUAGES)[number];

const packs: Record<Stemmed, { Stemmer: NlpjsStemmerClass; Stopwords: NlpjsStopwordsClass }> = {
  en: { Stemmer: langEn.StemmerEn, Stopwords: langEn.StopwordsEn },
  nl: { Stemmer: langNl.StemmerNl, Stopwords: langNl.StopwordsNl },
  fr: { Stemmer: langFr.StemmerFr, Stopwords: langFr.StopwordsFr },
  de: { Stemmer: langDe.StemmerDe, Stopwords: langDe.StopwordsDe },
};

export { agnosticTokenize };

/** Typographic apostrophes as typed on phones (pizza’s) become plain ones, which the tokenizers split on. */
const straightQuotes = (text: string) => text.replace(/[\u2018\u2019\u02BC]/g, "'");

const primary = (language: string) => language.split('-')[0]!.toLowerCase();

/** Whether a language gets stemming and stopwords (else the language-agnostic tokenizer). */
export function isStemmed(language: string): boolean {
  return (STEMMED_LANGUAGES as readonly string[]).includes(primary(language));
}

/** The tokenizer and stopwords for a BCP 47 tag (`nl-BE` uses Dutch). */
export function languageTools(language: string): LanguageTools {
  if (!isStemmed(language)) return { tokenize: agnosticTokenize, stopwords: new Set() };
  const pack = packs[primary(language) as Stemmed];
  const stemmer = new pack.Stemmer();
  const tokenize: Tokenize = (text) =>
    stemmer.tokenizeAndStem(straightQuotes(text), true).filter((t) => t !== '');
  const stopwords = new Set(Object.keys(new pack.Stopwords().dictionary).flatMap(tokenize));
  return { tokenize, stopwords };
}
