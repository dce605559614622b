// Knowledge mocks (docs/file-format.md#knowledge-mocks): answers recorded from the live bot, keyed by
// the question after normalising (case, accents, punctuation and spacing do not count), as API mocks
// are keyed by method and URL. Offline, a mock for the question answers before the local index does.
import type { KnowledgeMock } from '../model';
import { agnosticTokenize } from '../nlp/agnostic-tokenize';

/** The key of a question: lower case, accents folded, words separated by one space. */
export function questionKey(question: string): string {
  return agnosticTokenize(question).join(' ');
}

/** The mock recorded for this question, if any (the first, as with API mocks). */
export function findKnowledgeMock(
  mocks: readonly KnowledgeMock[] | undefined,
  question: string,
): { mock: KnowledgeMock; index: number } | undefined {
  const key = questionKey(question);
  const index = (mocks ?? []).findIndex((m) => questionKey(m.question) === key);
  return index < 0 ? undefined : { mock: mocks![index]!, index };
}

/**
 * Recorded answers with one per question: where a question was recorded twice (two tests asked it), the
 * later answer, in the place of the first. Questions without a word (a key of '') are left out.
 */
export function latestKnowledgeAnswers(recorded: readonly KnowledgeMock[]): KnowledgeMock[] {
  const byKey = new Map<string, KnowledgeMock>();
  for (const m of recorded) {
    const key = questionKey(m.question);
    if (key !== '') byKey.set(key, m);
  }
  return [...byKey.values()];
}

export interface KnowledgeMerge {
  mocks: KnowledgeMock[];
  /** Recorded answers to questions that had no mock: appended. */
  added: number;
  /** Recorded answers that replaced a different mock for the same question, in its place. */
  replaced: number;
  /** Recorded answers the same as the mock already kept for their question (which keeps its wording). */
  unchanged: number;
}

/** The same answer (the question's wording aside: it has the same key). */
const sameAnswer = (a: KnowledgeMock, b: KnowledgeMock) => a.answer === b.answer && a.source === b.source;

/**
 * `mocks` with the `recorded` answers kept, as a newer recording replaces an older one: an answer for a
 * question that has a mock replaces that mock (the one a Generate answer block uses: the first) in its
 * place, whole (question, answer and source), unless it gives the same answer and source; an answer for
 * a new question is appended. Within `recorded`, the later answer to a question wins
 * (latestKnowledgeAnswers). `mocks` is not changed.
 */
export function mergeKnowledgeMocks(
  mocks: readonly KnowledgeMock[] | undefined,
  recorded: readonly KnowledgeMock[],
): KnowledgeMerge {
  const out = [...(mocks ?? [])];
  const at = new Map<string, number>();
  out.forEach((m, i) => {
    const key = questionKey(m.question);
    if (!at.has(key)) at.set(key, i);
  });
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  for (const m of latestKnowledgeAnswers(recorded)) {
    const index = at.get(questionKey(m.question));
    if (index === undefined) {
      out.push(m);
      added++;
    } else if (sameAnswer(out[index]!, m)) unchanged++;
    else {
      out[index] = m;
      replaced++;
    }
  }
  return { mocks: out, added, replaced, unchanged };
}
