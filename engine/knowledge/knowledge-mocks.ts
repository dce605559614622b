// Knowledge mocks (docs/file-format.md#knowledge-mocks): answers recorded from the live bot, keyed by
// the question after normalising (case, accents, punctuation and spacing do not count), as API mocks
// are keyed by method and URL. Offline, a mock for the question answers before the local index does.
import type { KnowledgeMock } from '../model';
import { agnosticTokenize } from '../nlp/text-features';

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

/** `mocks` with `recorded` added, except questions that already have one (the first answer is kept). */
export function mergeKnowledgeMocks(
  mocks: readonly KnowledgeMock[] | undefined,
  recorded: readonly KnowledgeMock[],
): KnowledgeMock[] {
  const out = [...(mocks ?? [])];
  const keys = new Set(out.map((m) => questionKey(m.question)));
  for (const m of recorded) {
    const key = questionKey(m.question);
    if (key === '' || keys.has(key)) continue;
    keys.add(key);
    out.push(m);
  }
  return out;
}
