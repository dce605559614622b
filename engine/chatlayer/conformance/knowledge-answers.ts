// The knowledge answers of one live turn (docs/file-format.md#knowledge-mocks): for each question a local
// Generate answer block looked up, the live texts that carry the live bot's answer, as a knowledge mock.
// Messages both bots send around the answer ("Anything else?") are not part of it, or the mock, played
// by the block, would repeat them.
import type { KnowledgeMock, TraceEvent } from '../../model';

/** The answer text the local block stored for this knowledge event (its `set` event), if any. */
function localAnswer(events: readonly TraceEvent[], at: number): string | undefined {
  const blockId = events[at]!.blockId;
  for (const e of events.slice(at + 1)) {
    if (e.type === 'knowledge') return undefined;
    if (e.type === 'set' && e.source === 'knowledge' && e.blockId === blockId && !e.redacted) {
      const answer = (e.value as { answer?: unknown } | null)?.answer;
      return typeof answer === 'string' && answer.trim() !== '' ? answer : undefined;
    }
  }
  return undefined;
}

/**
 * The live texts carrying the answer: with as many live as local messages, those in the places of the
 * local messages that hold the local answer; else the live texts left once the messages both sides begin
 * and end the turn with alike are set aside (all of them when nothing is left).
 */
export function answerTexts(live: readonly string[], local: readonly string[], answer?: string): string[] {
  if (answer !== undefined && live.length === local.length) {
    const places = local.flatMap((t, i) => (t.includes(answer) ? [i] : []));
    if (places.length) return places.map((i) => live[i]!);
  }
  let start = 0;
  while (start < live.length && start < local.length && live[start] === local[start]) start++;
  let end = 0;
  while (
    end < live.length - start &&
    end < local.length - start &&
    live[live.length - 1 - end] === local[local.length - 1 - end]
  )
    end++;
  const middle = live.slice(start, live.length - end);
  return middle.length ? middle : [...live];
}

/**
 * One knowledge mock per question the local bot looked up in this turn. A question the local bot found
 * no answer to, in a turn where the live bot said the same as the local one, is left out: the live bot
 * had none either, and a mock would answer it.
 */
export function turnKnowledgeAnswers(
  events: readonly TraceEvent[],
  live: readonly string[],
  local: readonly string[],
  same: boolean,
): KnowledgeMock[] {
  if (live.length === 0) return [];
  const out: KnowledgeMock[] = [];
  events.forEach((e, i) => {
    if (e.type !== 'knowledge' || !e.question) return;
    if (e.answeredBy === undefined && same) return;
    out.push({ question: e.question, answer: answerTexts(live, local, localAnswer(events, i)).join('\n') });
  });
  return out;
}
