// The NLP check (docs/chatlayer.md#nlp-check): every intent example of the project through the live bot's NLP; a table of
// the examples whose live top intent differs, or whose score is at or below the threshold.
import { useProject } from '../state/project-store';
import { useChatlayer, useChatlayerState } from './ChatlayerContext';

const PROBLEMS = {
  'different-intent': 'another intent',
  'low-score': 'score at or below the threshold',
  'no-intent': 'no intent',
} as const;

export function NlpSection() {
  const chatlayer = useChatlayer();
  const nlp = useChatlayerState((s) => s.nlp);
  const progress = useChatlayerState((s) => s.progress);
  const examples = useProject((s) => s.project.intents.reduce((n, i) => n + i.examples.length, 0));
  const r = nlp.value;

  return (
    <div className="panel-list" data-testid="chatlayer-nlp">
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={nlp.busy || examples === 0}
          onClick={() => void chatlayer.nlpCheck()}
          data-testid="chatlayer-nlp-run"
        >
          {nlp.busy
            ? `Checking… ${progress?.done ?? 0}/${progress?.total ?? examples}`
            : `Check ${examples} intent examples`}
        </button>
        {nlp.busy && (
          <button type="button" onClick={() => void chatlayer.cancel()}>
            Cancel
          </button>
        )}
      </div>
      {examples === 0 && (
        <p className="muted">The project has no intent examples: there is nothing to check.</p>
      )}
      {nlp.error && (
        <p className="field-error" role="alert" data-testid="chatlayer-nlp-error">
          {nlp.error}
        </p>
      )}
      {r && !nlp.error && r.checked > 0 && (
        <>
          <p data-testid="chatlayer-nlp-summary">
            {r.rows.length === 0
              ? `All ${r.checked} examples are classified as in the project (threshold ${r.threshold}).`
              : `${r.rows.length} of ${r.checked} examples differ (threshold ${r.threshold}) on ${r.where}.`}
          </p>
          {r.rows.length > 0 && (
            <table className="chatlayer-table" data-testid="chatlayer-nlp-table">
              <thead>
                <tr>
                  <th>Intent</th>
                  <th>Example</th>
                  <th>Live intent</th>
                  <th>Score</th>
                  <th>Problem</th>
                </tr>
              </thead>
              <tbody>
                {r.rows.map((row, i) => (
                  <tr key={i} data-testid="chatlayer-nlp-row">
                    <td>{row.intent}</td>
                    <td>{row.example}</td>
                    <td>{row.liveIntent ?? '—'}</td>
                    <td>{row.score === null ? '—' : row.score.toFixed(2)}</td>
                    <td>{PROBLEMS[row.problem]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
