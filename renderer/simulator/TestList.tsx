// The project's conversation tests: each with its last result, renamed in place, deleted, moved up or
// down, and opened in the step editor. Every change is one undoable command (a move is a deleteTest and a
// setTest applied together).
import { useState } from 'react';
import type { TestRunSummary } from '../../engine/model';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { TestStepEditor } from './TestStepEditor';
import { renameCheck } from './test-steps';

type Result = TestRunSummary['results'][number];

export function TestList({ results }: { results: readonly Result[] }) {
  const tests = useProject((s) => s.project.tests);
  const commit = useCommit();
  const [open, setOpen] = useState<string | null>(null);
  const resultOf = new Map(results.map((r) => [r.name, r]));
  if (tests.length === 0)
    return (
      <p className="muted small" data-testid="tests-empty">
        No tests yet: talk to the bot in the Chat tab, then Save as test.
      </p>
    );

  const move = (i: number, by: -1 | 1) =>
    commit(
      [
        { type: 'deleteTest', index: i },
        { type: 'setTest', index: i + by, test: tests[i]! },
      ],
      `Move test "${tests[i]!.name}"`,
    );

  return (
    <ul className="test-list" aria-label="Conversation tests" data-testid="test-list">
      {tests.map((test, i) => {
        const result = resultOf.get(test.name);
        const isOpen = open === test.name;
        return (
          <li key={test.name} className="test-item" data-testid="test-item" data-test-name={test.name}>
            <div className="row">
              <span
                className={`test-status ${result?.status ?? 'not-run'}`}
                title={result ? `Last run: ${result.status}` : 'Not run yet'}
              >
                {result ? result.status : 'not run'}
              </span>
              <strong className="test-name">{test.name}</strong>
              <span className="muted small">
                {test.steps.length} step{test.steps.length === 1 ? '' : 's'}
              </span>
              <button
                type="button"
                className="link-button"
                aria-expanded={isOpen}
                onClick={() => setOpen(isOpen ? null : test.name)}
                data-testid="test-open"
              >
                {isOpen ? 'Close' : 'Edit'}
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Move test ${test.name} up`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
                data-testid="test-up"
              >
                Up
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Move test ${test.name} down`}
                disabled={i === tests.length - 1}
                onClick={() => move(i, 1)}
                data-testid="test-down"
              >
                Down
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={`Delete test ${test.name}`}
                onClick={() => commit([{ type: 'deleteTest', index: i }], `Delete test "${test.name}"`)}
                data-testid="test-delete"
              >
                Delete
              </button>
            </div>
            {isOpen && (
              <>
                <TextField
                  label="Name"
                  value={test.name}
                  validate={(name) => renameCheck(tests, i, name)}
                  onCommit={(name) => {
                    const problem = renameCheck(tests, i, name);
                    if (problem) return problem;
                    const refused = commit(
                      [{ type: 'setTest', index: i, test: { ...test, name: name.trim() } }],
                      `Rename test "${test.name}"`,
                    );
                    if (!refused) setOpen(name.trim());
                    return refused;
                  }}
                  testId="test-rename"
                />
                <TestStepEditor test={test} index={i} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
