// "Test a sentence" in the Entities panel: runs the engine's entity extraction (the same as a conversation turn) on
// a typed sentence and lists what it recognises, with the value as the session stores it and the words it read.
// Extraction (chrono-node, libphonenumber) is loaded on first use as its own chunk, outside the initial bundle.
import { useState } from 'react';
import type { Entity, Json } from '../../engine/model';
import type { RecognisedEntity } from '../../engine/entities';
import { useProject } from '../state/project-store';

const loadExtraction = () => import('../../engine/entities');

interface Result {
  sentence: string;
  found: RecognisedEntity[];
  fills: Record<string, Json>;
}

/** Extracts the entities of `sentence` as a conversation turn would, today (UTC). */
export async function testSentence(
  sentence: string,
  options: { language: string; entities?: Entity[]; threshold?: number; now?: number },
): Promise<Result> {
  const { extractEntities, entityVariables } = await loadExtraction();
  const found = extractEntities(sentence, {
    language: options.language,
    now: options.now ?? Date.now(),
    ...(options.entities ? { entities: options.entities } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  return { sentence, found, fills: entityVariables(found) };
}

export function EntityTester() {
  const language = useProject((s) => s.project.language);
  const entities = useProject((s) => s.project.entities);
  const threshold = useProject((s) => s.project.nlp?.entityThreshold);
  const [sentence, setSentence] = useState('');
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();
  const run = () => {
    if (!sentence.trim()) return;
    testSentence(sentence, {
      language,
      ...(entities ? { entities } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
    }).then(
      (r) => {
        setResult(r);
        setError(undefined);
      },
      (e: unknown) => setError(`Extraction could not load: ${(e as Error).message}`),
    );
  };
  return (
    <fieldset className="sub-item entity-tester" data-testid="entity-tester">
      <legend>Test a sentence</legend>
      <form
        className="entity-test-form"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <input
          value={sentence}
          placeholder="I want to fly to London tomorrow"
          aria-label="Sentence to test"
          data-testid="entity-test-input"
          onChange={(e) => setSentence(e.target.value)}
        />
        <button type="submit" data-testid="entity-test-run">
          Test
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div data-testid="entity-test-results">
          {result.found.length === 0 ? (
            <p className="muted small">No entity recognised in “{result.sentence}”.</p>
          ) : (
            <ul className="entity-results">
              {result.found.map((r, i) => (
                <li key={i} data-testid={`entity-test-result-${r.entity}`}>
                  <code>{r.entity}</code> = <code>{JSON.stringify(r.value)}</code>{' '}
                  <span className="muted small">
                    from “{r.text}” (characters {r.start}–{r.end}
                    {r.score < 1 ? `, score ${r.score}` : ''})
                  </span>
                  {r.extra && (
                    <div className="muted small">
                      with{' '}
                      {Object.entries(r.extra)
                        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
                        .join(', ')}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">
            Dates and times are read from today (UTC), in the project language ({language}). In a conversation
            the first value of each entity fills the session variable of its name
            {Object.keys(result.fills).length ? `: ${Object.keys(result.fills).join(', ')}` : ''}.
          </p>
        </div>
      )}
    </fieldset>
  );
}
