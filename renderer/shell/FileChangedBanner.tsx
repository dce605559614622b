// Tells the designer that the JSON file they edit in place changed on disk (a `git pull`, another
// editor) and lets them choose: reload the file (one undoable step: undo brings their edits back) or keep
// their version (the file's is kept in the history, then theirs is written). Until then nothing is
// written over the file.
import { useEffect, useState } from 'react';
import { useProjectStore } from '../state/project-store';
import type { EventPayload } from '../host';
import { hostErrorText, onFileChanged, resolveFileChange } from './projects-controller';

export function FileChangedBanner({ path }: { path: string }) {
  const store = useProjectStore();
  const [change, setChange] = useState<EventPayload<'projects.fileChanged'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => onFileChanged(path, setChange), [path]);
  if (!change) return null;
  const name = path.split(/[\\/]/).pop() ?? path;
  const settle = async (action: 'reload' | 'keep-mine') => {
    setBusy(true);
    setError(null);
    try {
      await store.getState().adoptChange(() => resolveFileChange(path, action));
      setChange(null);
    } catch (e) {
      setError(hostErrorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="error-banner file-changed" role="alert" data-testid="file-changed">
      <span>
        <strong>{name} changed on disk.</strong>{' '}
        {change.problem
          ? `It is not a valid project now (${change.problem}). Fix the file and reload, or keep your version (written over it).`
          : 'Reload it (your edits stay in the history: Undo brings them back), or keep your version (the file’s is kept in the history).'}{' '}
        Nothing is written to the file until you choose.
      </span>
      {error && <span className="field-error">{error}</span>}
      <button disabled={busy} onClick={() => void settle('reload')} data-testid="file-changed-reload">
        Reload from disk
      </button>
      <button disabled={busy} onClick={() => void settle('keep-mine')} data-testid="file-changed-keep">
        Keep my version
      </button>
    </div>
  );
}
