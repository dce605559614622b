// The retrieval index of a project's knowledge (docs/file-format.md#knowledge): MiniSearch's BM25
// ranking over the passages' titles and texts, with the project language's stemmer and stopwords
// (engine/nlp). The score a block compares with its threshold is the share of the question the best
// passage covers, each question word weighted by how rare it is in the sources (0 to 1), so one
// threshold means the same for 30 FAQ rows and for 10,000 passages.
import MiniSearch from 'minisearch';
import { DEFAULT_KNOWLEDGE_THRESHOLD, type Knowledge } from '../model';
import { languageTools, type LanguageTools } from '../nlp/text-features';
import { knowledgePassages, type Passage } from './passages';

/** One passage in the ranking of a question. */
export interface RankedPassage {
  passage: Passage;
  /** The share of the question the passage covers, weighted by word rarity: 0 to 1. */
  score: number;
  /** MiniSearch's BM25 score, which orders the ranking. */
  bm25: number;
  /** The question's words (stemmed) found in the passage. */
  matched: string[];
}

export interface AskOptions {
  /** Only passages of sources with at least one of these tags; none or empty: every source. */
  tags?: readonly string[] | undefined;
  /** The best passage answers when its score is above this; default DEFAULT_KNOWLEDGE_THRESHOLD. */
  threshold?: number | undefined;
  /** How many ranked passages to return; default 5. */
  limit?: number;
}

export interface KnowledgeAnswer {
  question: string;
  /** The best passages first (at most `limit`). */
  ranked: RankedPassage[];
  /** The passage that answers: the best one when its score is above the threshold. */
  best: RankedPassage | undefined;
  threshold: number;
}

const toolsByLanguage = new Map<string, LanguageTools>();
function toolsFor(language: string): LanguageTools {
  let tools = toolsByLanguage.get(language);
  if (!tools) toolsByLanguage.set(language, (tools = languageTools(language)));
  return tools;
}

export class KnowledgeIndex {
  readonly passages: readonly Passage[];
  readonly #search: MiniSearch<Passage>;
  readonly #terms: (text: string) => string[];
  readonly #documentFrequency = new Map<string, number>();
  readonly #byId: ReadonlyMap<string, Passage>;

  constructor(knowledge: Knowledge | undefined, language: string) {
    const tools = toolsFor(language);
    this.#terms = (text) => tools.tokenize(text).filter((t) => !tools.stopwords.has(t));
    this.passages = knowledgePassages(knowledge?.sources ?? []);
    this.#byId = new Map(this.passages.map((p) => [p.id, p] as const));
    // Each field is stemmed once: the counts below and MiniSearch's indexing share the tokens.
    const tokens = new Map<string, string[]>();
    const tokenize = (text: string) => {
      let t = tokens.get(text);
      if (!t) tokens.set(text, (t = tools.tokenize(text)));
      return t;
    };
    for (const p of this.passages) {
      const terms = new Set([...tokenize(p.title), ...tokenize(p.text)]);
      for (const t of terms)
        if (!tools.stopwords.has(t))
          this.#documentFrequency.set(t, (this.#documentFrequency.get(t) ?? 0) + 1);
    }
    this.#search = new MiniSearch<Passage>({
      fields: ['title', 'text'],
      storeFields: [],
      tokenize,
      processTerm: (term) => (tools.stopwords.has(term) ? null : term),
      searchOptions: {
        boost: { title: 2 },
        combineWith: 'OR',
        tokenize: (text) => tools.tokenize(text),
        // One typo allowed in a longer word the sources do not have ("delivry"); known words match
        // exactly, which keeps a question over 10,000 passages fast.
        fuzzy: (t) => (t.length >= 5 && !this.#documentFrequency.has(t) ? 0.2 : false),
      },
    });
    this.#search.addAll(this.passages as Passage[]);
    tokens.clear();
  }

  /**
   * How rare a word is in the sources (inverse document frequency). A word no source has weighs half
   * as much as the rarest word they have: it makes a question less covered (an off-topic question
   * scores low) without drowning the words that do match.
   */
  #weight(term: string): number {
    const n = this.passages.length;
    const df = this.#documentFrequency.get(term);
    return df === undefined ? Math.log(1 + (n + 1) / 1.5) / 2 : Math.log(1 + (n + 1) / (df + 0.5));
  }

  /** The passages ranked for a question, and the one that answers it (if any). */
  ask(question: string, options: AskOptions = {}): KnowledgeAnswer {
    const threshold = options.threshold ?? DEFAULT_KNOWLEDGE_THRESHOLD;
    const limit = options.limit ?? 5;
    const queryTerms = [...new Set(this.#terms(question))];
    const tags = options.tags?.length ? new Set(options.tags) : undefined;
    const byId = this.#byId;
    const total = queryTerms.reduce((sum, t) => sum + this.#weight(t), 0);
    const results = queryTerms.length
      ? this.#search.search(question, {
          ...(tags ? { filter: (r) => byId.get(r.id as string)!.tags.some((t) => tags.has(t)) } : {}),
        })
      : [];
    const ranked = results.slice(0, limit).map((r): RankedPassage => {
      const matched = queryTerms.filter((t) => r.queryTerms.includes(t));
      const covered = matched.reduce((sum, t) => sum + this.#weight(t), 0);
      return {
        passage: byId.get(r.id as string)!,
        score: total > 0 ? Math.round((covered / total) * 1000) / 1000 : 0,
        bm25: Math.round(r.score * 1000) / 1000,
        matched,
      };
    });
    const top = ranked[0];
    return { question, ranked, best: top && top.score > threshold ? top : undefined, threshold };
  }
}

const cache = new WeakMap<Knowledge, Map<string, KnowledgeIndex>>();
const EMPTY: Knowledge = { sources: [] };

/**
 * The index of a project's knowledge, built once per knowledge object and language: projects are
 * immutable values (an edit makes a new `knowledge` object), so a conversation's turns, a test run's
 * tests and the Knowledge panel's questions all share one index until the sources change.
 */
export function knowledgeIndex(knowledge: Knowledge | undefined, language: string): KnowledgeIndex {
  const key = knowledge ?? EMPTY;
  let byLanguage = cache.get(key);
  if (!byLanguage) cache.set(key, (byLanguage = new Map()));
  let index = byLanguage.get(language);
  if (!index) byLanguage.set(language, (index = new KnowledgeIndex(knowledge, language)));
  return index;
}
