// Under the chat: save the conversation as a conversation test, and keep record mode's answers as mocks.
import { useState, type FormEvent } from 'react';
import { useProject } from '../state/project-store';
import { useSimulator } from './SimulatorContext';
import { freeTestName } from './test-steps';

export function SaveAsTest() {
  const sim = useSimulator();
  const state = useProject((s) => s.simState);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  /** A name another test has: the designer chooses to replace it or to save under a free name. */
  const [taken, setTaken] = useState<string | null>(null);
  const tests = useProject((s) => s.project.tests);
  if (!state) return null;

  const saveAs = async (testName: string, replace: boolean) => {
    setTaken(null);
    try {
      const warnings = await sim.saveAsTest(testName, { replace });
      setName('');
      setMessage(
        `${replace ? 'Replaced' : 'Saved as'} test "${testName}".${warnings.length ? ` ${warnings.join(' ')}` : ''}`,
      );
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const testName = name.trim() || `Conversation ${new Date().toLocaleString()}`;
    if (tests.some((t) => t.name === testName)) {
      setMessage(null);
      setTaken(testName);
      return;
    }
    await saveAs(testName, false);
  };
  const keep = async () => {
    const n = await sim.keepRecordedMocks();
    setMessage(`${n} recorded answer${n === 1 ? '' : 's'} added to Mocks.`);
  };

  return (
    <form className="save-as-test" onSubmit={(e) => void save(e)}>
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Test name"
        aria-label="Test name"
        data-testid="save-test-name"
      />
      <button
        type="submit"
        disabled={state.status === 'running' || state.status === 'paused'}
        data-testid="save-test"
      >
        Save as test
      </button>
      {state.mode === 'record' && (
        <button
          type="button"
          disabled={state.recorded === 0}
          onClick={() => void keep()}
          data-testid="keep-mocks"
        >
          Keep {state.recorded} recorded as mocks
        </button>
      )}
      {taken && (
        <span className="row" role="alert" data-testid="save-test-taken">
          A test called &ldquo;{taken}&rdquo; exists.
          <button type="button" onClick={() => void saveAs(taken, true)} data-testid="save-test-replace">
            Replace it
          </button>
          <button
            type="button"
            onClick={() => void saveAs(freeTestName(tests, taken), false)}
            data-testid="save-test-free-name"
          >
            Save as &ldquo;{freeTestName(tests, taken)}&rdquo;
          </button>
        </span>
      )}
      {message && (
        <span className="muted small" role="status" data-testid="save-test-message">
          {message}
        </span>
      )}
    </form>
  );
}
