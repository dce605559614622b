// The answer of a conformance run: a summary line, then each test with its verdict and, for a test that
// differs, each differing step with what the test expected, what the live bot sent and what the local
// simulation sent; then the live bot's knowledge answers, to keep as mocks.
import type { ConformanceRun, ConformanceStep } from '../host';
import { TestStatusIcon } from '../ui/TestStatusIcon';
import { KnowledgeAnswers } from './KnowledgeAnswers';

const quoted = (texts: string[] | null) =>
  texts === null ? '—' : texts.length === 0 ? '(nothing)' : texts.map((t) => `“${t}”`).join(', ');

function stepLabel(s: ConformanceStep): string {
  if (s.index === 0) return 'Start';
  const step = s.step as Record<string, unknown>;
  const [kind, value] = Object.entries(step)[0] ?? ['', ''];
  return `Step ${s.index}: ${kind} ${typeof value === 'string' ? `“${value}”` : JSON.stringify(value)}`;
}

export function ConformanceResults({ run }: { run: ConformanceRun }) {
  return (
    <div className="panel-list" data-testid="chatlayer-conformance-result">
      <p className="tests-summary" data-testid="chatlayer-conformance-summary">
        {run.passed} passed, {run.failed} failed{run.skipped ? `, ${run.skipped} not run` : ''}
        {run.cancelled ? ' (cancelled)' : ''} · {run.where}
      </p>
      <ul className="test-results">
        {run.tests.map((t) => (
          <li
            key={t.index}
            className={`test-result ${t.verdict}`}
            data-testid="chatlayer-test"
            data-verdict={t.verdict}
          >
            <TestStatusIcon
              status={t.verdict === 'same' ? 'passed' : t.verdict === 'skipped' ? 'skipped' : 'failed'}
            />{' '}
            {t.name}
            {t.error && <div className="field-error">{t.error}</div>}
            {t.steps
              .filter((s) => s.verdict === 'differs')
              .map((s) => (
                <div key={s.index} className="chatlayer-step" data-testid="chatlayer-step-diff">
                  <div className="chatlayer-step-title">
                    {stepLabel(s)}
                    {s.note ? ` — ${s.note}` : ''}
                  </div>
                  <table className="chatlayer-step-table">
                    <tbody>
                      {s.expected !== null && (
                        <tr>
                          <th>expected</th>
                          <td data-testid="chatlayer-step-expected">{s.expected}</td>
                        </tr>
                      )}
                      <tr>
                        <th>live</th>
                        <td data-testid="chatlayer-step-live">{quoted(s.live)}</td>
                      </tr>
                      <tr>
                        <th>local</th>
                        <td data-testid="chatlayer-step-local">{quoted(s.local)}</td>
                      </tr>
                      {s.events.length > 0 && (
                        <tr>
                          <th>live events</th>
                          <td data-testid="chatlayer-step-events">{s.events.join(', ')}</td>
                        </tr>
                      )}
                    </tbody>
                  </table>
                </div>
              ))}
          </li>
        ))}
      </ul>
      <KnowledgeAnswers run={run} />
    </div>
  );
}
