// The tests tab: the project's tests (rename, delete, reorder, edit their steps: TestList), run every
// one, see each result, jump from a failure to its block, and see the coverage (blocks and branches
// visited) as a figure and on the canvas.
import { Play } from 'lucide-react';
import { useBlockNames } from '../blocks/use-block-names';
import { useProject, useProjectStore } from '../state/project-store';
import { TestStatusIcon } from '../ui/TestStatusIcon';
import { useSimulator } from './SimulatorContext';
import { TestList } from './TestList';

export function TestsView() {
  const sim = useSimulator();
  const store = useProjectStore();
  const count = useProject((s) => s.project.tests.length);
  const run = useProject((s) => s.testRun);
  const running = useProject((s) => s.testsRunning);
  const progress = useProject((s) => s.testsProgress);
  const overlay = useProject((s) => s.coverageOverlay !== null);
  const names = useBlockNames();

  return (
    <div className="tests-view" data-testid="tests-view">
      <div className="row">
        <button
          type="button"
          disabled={running || count === 0}
          onClick={() => void sim.runTests()}
          data-testid="tests-run"
        >
          <Play aria-hidden /> Run all {count} test{count === 1 ? '' : 's'}
        </button>
        {running && (
          <button type="button" onClick={() => void sim.cancelTests()} data-testid="tests-cancel">
            Cancel
          </button>
        )}
        {run && (
          <label className="sim-follow">
            <input
              type="checkbox"
              checked={overlay}
              onChange={(e) => store.getState().showCoverage(e.target.checked)}
              data-testid="coverage-toggle"
            />{' '}
            Coverage on canvas
          </label>
        )}
      </div>
      <TestList results={run?.summary.results ?? []} />
      {running && (
        <progress
          max={progress?.total ?? undefined}
          value={progress?.done ?? 0}
          aria-label="Test run progress"
          data-testid="tests-progress"
        />
      )}
      {run && (
        <>
          <p className="tests-summary" data-testid="tests-summary">
            {run.summary.passed} passed, {run.summary.failed} failed
            {run.summary.skipped ? `, ${run.summary.skipped} skipped` : ''} · coverage{' '}
            <strong data-testid="coverage-percent">{run.coverage.percent}%</strong> (
            {run.coverage.blocks.covered}/{run.coverage.blocks.total} blocks, {run.coverage.branches.covered}/
            {run.coverage.branches.total} branches)
          </p>
          <ul className="test-results">
            {run.summary.results.map((r) => (
              <li
                key={r.index}
                className={`test-result ${r.status}`}
                data-testid="test-result"
                data-status={r.status}
              >
                <TestStatusIcon status={r.status} /> {r.name}
                {r.failure && (
                  <div className="test-failure">
                    Step {r.failure.step}: expected {r.failure.expected}, got {r.failure.actual}
                    {r.failure.botError && <div className="field-error">{r.failure.botError}</div>}
                    {r.failure.blockId && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => store.getState().focusBlock(r.failure!.blockId!)}
                        data-testid="test-failure-block"
                      >
                        Go to {names.title(r.failure.blockId)}
                      </button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {run.coverage.blocks.missed.length > 0 && (
            <p className="muted small">
              Not visited:{' '}
              {run.coverage.blocks.missed.map((id) => (
                <button
                  key={id}
                  type="button"
                  className="link"
                  onClick={() => store.getState().focusBlock(id)}
                  title={id}
                >
                  {names.title(id)}
                </button>
              ))}
            </p>
          )}
        </>
      )}
    </div>
  );
}
