// keepKnowledgeMocks: answers recorded from the live bot (a live conformance run's knowledgeAnswers) kept
// in `knowledge.mocks` as one step, merged by question (engine/knowledge mergeKnowledgeMocks): an answer
// to a question that has a mock replaces it in its place, a new question is appended. Reports the counts.
import { z } from 'zod';
import { KnowledgeMock } from '../../model';
import { mergeKnowledgeMocks } from '../../knowledge/knowledge-mocks';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const KeepKnowledgeMocksCommand = z.strictObject({
  type: z.literal('keepKnowledgeMocks'),
  mocks: z.array(KnowledgeMock).min(1, 'give at least one recorded answer to keep'),
});
export type KeepKnowledgeMocksCommand = z.infer<typeof KeepKnowledgeMocksCommand>;

export function keepKnowledgeMocks(
  draft: ProjectDraft,
  { mocks }: KeepKnowledgeMocksCommand,
): CommandOutcome {
  const knowledge = draft.project.knowledge;
  const merged = mergeKnowledgeMocks(knowledge?.mocks, mocks);
  const { added, replaced, unchanged } = merged;
  // Nothing new (every answer already kept as it is): no change, so no undo step either.
  if (added + replaced > 0)
    draft.setSetting('knowledge', { ...knowledge, sources: knowledge?.sources ?? [], mocks: merged.mocks });
  return { knowledgeMocks: { added, replaced, unchanged } };
}
