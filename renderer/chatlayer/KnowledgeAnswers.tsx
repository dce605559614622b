// Under a conformance run's results (docs/chatlayer.md#live-conformance): the questions a Generate answer
// block looked up and what the live bot answered, and a button that keeps them as knowledge mocks
// (docs/file-format.md#knowledge-mocks) in one undoable step, as record mode's answers become API mocks.
import { useMemo, useState } from 'react';
import { latestKnowledgeAnswers } from '../../engine/knowledge/knowledge-mocks';
import type { ConformanceRun } from '../host';
import { useChatlayer, useChatlayerState } from './ChatlayerContext';
import type { KnowledgeKept } from './chatlayer-store';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const short = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text);

function keptSentence({ added, replaced, unchanged }: KnowledgeKept): string {
  if (added + replaced === 0)
    return `${unchanged === 1 ? 'This answer was' : 'These answers were'} kept already: nothing changed.`;
  const parts = [
    added ? `${added} new` : '',
    replaced ? `${plural(replaced, 'older answer')} replaced` : '',
    unchanged ? `${unchanged} kept already` : '',
  ].filter(Boolean);
  return `Kept in Knowledge as mocks: ${parts.join(', ')} (Undo takes them back).`;
}

export function KnowledgeAnswers({ run }: { run: ConformanceRun }) {
  const chatlayer = useChatlayer();
  const kept = useChatlayerState((s) => s.knowledgeKept);
  const [error, setError] = useState<string | undefined>();
  const answers = useMemo(() => latestKnowledgeAnswers(run.tests.flatMap((t) => t.knowledgeAnswers)), [run]);
  if (answers.length === 0) return null;
  return (
    <div className="chatlayer-knowledge" data-testid="chatlayer-knowledge-answers">
      <p className="muted small">
        The live bot answered {plural(answers.length, 'knowledge question')}. Kept as knowledge mocks, a
        Generate answer block gives these answers offline, as the live bot did.
      </p>
      <ul className="chatlayer-pulled">
        {answers.map((a, i) => (
          <li key={i} data-testid="chatlayer-knowledge-answer">
            &ldquo;{a.question}&rdquo; <span className="muted small">&rarr; {short(a.answer)}</span>
          </li>
        ))}
      </ul>
      {kept === null ? (
        <div className="row">
          <button
            type="button"
            onClick={() => setError(chatlayer.keepKnowledgeAnswers())}
            data-testid="chatlayer-keep-knowledge"
          >
            Keep {plural(answers.length, 'knowledge answer')} as mocks
          </button>
        </div>
      ) : (
        <p role="status" data-testid="chatlayer-knowledge-kept">
          {keptSentence(kept)}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
