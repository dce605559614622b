// Pulled tests (docs/chatlayer.md#pulled-tests): the live bot's conversations since a date become conversation tests (sensitive
// values replaced by stand-ins, duplicates of existing tests skipped); the designer sees them and adds
// them to the project in one undoable step.
import { useId, useState } from 'react';
import { useChatlayer, useChatlayerState } from './ChatlayerContext';

export function PullSection() {
  const chatlayer = useChatlayer();
  const pulled = useChatlayerState((s) => s.pulled);
  const added = useChatlayerState((s) => s.pulledAdded);
  const progress = useChatlayerState((s) => s.progress);
  const [since, setSince] = useState('');
  const [limit, setLimit] = useState('');
  const [error, setError] = useState<string | undefined>();
  const sinceId = useId();
  const limitId = useId();
  const r = pulled.value;
  const limitNumber = limit.trim() ? Number(limit) : undefined;

  return (
    <div className="panel-list" data-testid="chatlayer-pull">
      <div className="field-row">
        <div className="field">
          <label htmlFor={sinceId}>Conversations since</label>
          <input
            id={sinceId}
            type="date"
            value={since}
            onChange={(e) => setSince(e.target.value)}
            data-testid="chatlayer-since"
          />
        </div>
        <div className="field">
          <label htmlFor={limitId}>At most (conversations)</label>
          <input
            id={limitId}
            type="number"
            min={1}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            data-testid="chatlayer-limit"
          />
        </div>
      </div>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={
            pulled.busy || (limitNumber !== undefined && !(Number.isInteger(limitNumber) && limitNumber >= 1))
          }
          onClick={() =>
            void chatlayer.pullTests({
              ...(since ? { since } : {}),
              ...(limitNumber ? { limit: limitNumber } : {}),
            })
          }
          data-testid="chatlayer-pull-run"
        >
          {pulled.busy ? `Reading… ${progress?.done ?? 0} conversations` : 'Pull conversations'}
        </button>
        {pulled.busy && (
          <button type="button" onClick={() => void chatlayer.cancel()}>
            Cancel
          </button>
        )}
      </div>
      {pulled.error && (
        <p className="field-error" role="alert" data-testid="chatlayer-pull-error">
          {pulled.error}
        </p>
      )}
      {r && !pulled.error && (
        <>
          <p data-testid="chatlayer-pull-summary">
            Read {r.read} conversation{r.read === 1 ? '' : 's'} of {r.where}: {r.tests.length} new test
            {r.tests.length === 1 ? '' : 's'}, {r.duplicates} with the steps of an existing test,{' '}
            {r.unusable.length} without a usable exchange.
            {r.redacted > 0 && ` Sensitive values were replaced by stand-ins in ${r.redacted} messages.`}
          </p>
          {r.tests.length > 0 && (
            <ul className="chatlayer-pulled" data-testid="chatlayer-pulled-tests">
              {r.tests.map((t) => (
                <li key={t.name} data-testid="chatlayer-pulled-test">
                  {t.name} <span className="muted small">({t.steps.length} steps)</span>
                </li>
              ))}
            </ul>
          )}
          {r.unusable.length > 0 && (
            <ul className="muted small">
              {r.unusable.map((u) => (
                <li key={u.conversationId}>
                  {u.conversationId}: {u.reason}
                </li>
              ))}
            </ul>
          )}
          {r.tests.length > 0 && added === null && (
            <div className="row">
              <button
                type="button"
                className="primary"
                onClick={() => setError(chatlayer.addPulledTests())}
                data-testid="chatlayer-pull-add"
              >
                Add {r.tests.length} test{r.tests.length === 1 ? '' : 's'} to the project
              </button>
            </div>
          )}
          {added !== null && (
            <p data-testid="chatlayer-pull-added">
              Added {added} test{added === 1 ? '' : 's'} to the project (Undo takes them back).
            </p>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </div>
  );
}
