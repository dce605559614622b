// Generate answer block (docs/file-format.md#generate-answer-block): a knowledge mock recorded for the
// question answers first (as API mocks answer requests); otherwise the project's local retrieval index,
// built once per version of the sources. The answer goes to the block's variable and the block goes
// on; with no passage above the threshold it takes its noAnswer route.
import { knowledgeIndex } from '../../knowledge/knowledge-index';
import { findKnowledgeMock } from '../../knowledge/knowledge-mocks';
import { DEFAULT_KNOWLEDGE_THRESHOLD, type KnowledgeBlock } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';

export function runKnowledgeBlock(block: KnowledgeBlock, ctx: RuntimeContext): Outcome {
  const question =
    block.question !== undefined ? ctx.text(block.question, block.id).trim() : ctx.lastUserMessage.trim();
  const knowledge = ctx.project.knowledge;
  const tags = block.tags ?? [];
  const threshold = block.threshold ?? DEFAULT_KNOWLEDGE_THRESHOLD;
  const base = { type: 'knowledge' as const, blockId: block.id, question, tags, threshold };
  const mocked = question ? findKnowledgeMock(knowledge?.mocks, question) : undefined;
  if (mocked) {
    const { mock, index } = mocked;
    ctx.tracer.emit({ ...base, ranked: [], answeredBy: mock.source ?? 'mock', mock: index });
    const value = {
      answer: mock.answer,
      source: mock.source ?? null,
      sourceId: null,
      score: 1,
      passage: null,
    };
    if (!ctx.set(block.variable, value, 'knowledge', block.id)) return { kind: 'end', reason: 'error' };
    return ctx.follow(block.next);
  }
  const result = knowledgeIndex(knowledge, ctx.project.language).ask(question, { tags, threshold });
  const best = result.best;
  ctx.tracer.emit({
    ...base,
    ranked: result.ranked.map((r) => ({
      passage: r.passage.id,
      source: r.passage.sourceId,
      title: r.passage.title,
      score: r.score,
      bm25: r.bm25,
    })),
    ...(best ? { answeredBy: best.passage.sourceId, passage: best.passage.id } : {}),
  });
  if (!best)
    return block.noAnswer ? { kind: 'next', blockId: block.noAnswer } : { kind: 'end', reason: 'done' };
  const value = {
    answer: best.passage.answer,
    source: best.passage.sourceName,
    sourceId: best.passage.sourceId,
    score: best.score,
    passage: best.passage.id,
  };
  if (!ctx.set(block.variable, value, 'knowledge', block.id)) return { kind: 'end', reason: 'error' };
  return ctx.follow(block.next);
}
