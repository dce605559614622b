// The project's history: saved revisions (named checkpoints and autosaves) with who and when, a
// checkpoint button, the changes between two ticked revisions (or one and the current document), and
// Restore, which the host makes as one step that undo takes back.
import { useEffect, useState, type FormEvent } from 'react';
import type { ChangeSummary, Revision } from '../host';
import { useAppStore } from '../state/app-store';
import { useProject, useProjectStore } from '../state/project-store';
import { checkpoint as saveCheckpoint, diffRevisions } from './history-controller';
import { RevisionDiff } from './RevisionDiff';
import { useRevisions } from './use-revisions';

type Ref = number | 'current';

const titleOf = (r: Revision) => r.name ?? 'Autosave';

/** "3 minutes ago" for recent times, the local date and time beyond a week. */
export function whenText(at: string, now = Date.now()): string {
  const seconds = Math.round((new Date(at).getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 7) return format.format(days, 'day');
  return new Date(at).toLocaleString();
}

/** The two ticked revisions, older first ('current' is the newest of all). */
function ordered(pair: Ref[]): [Ref, Ref] | null {
  if (pair.length !== 2) return null;
  const [a, b] = pair as [Ref, Ref];
  if (a === 'current') return [b, a];
  if (b === 'current') return [a, b];
  return a < b ? [a, b] : [b, a];
}

export function HistoryPanel() {
  const path = useAppStore((s) => s.openProject?.path);
  if (!path) return <p className="muted small">Open a saved project to see its history.</p>;
  return <ProjectHistory path={path} />;
}

function ProjectHistory({ path }: { path: string }) {
  const store = useProjectStore();
  const documentChanges = useProject((s) => s.changeCount);
  const { revisions, error: listError, reload } = useRevisions(path);
  const [name, setName] = useState('');
  const [ticked, setTicked] = useState<Ref[]>([]);
  const [diff, setDiff] = useState<{ from: Ref; to: Ref; summary: ChangeSummary } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const labelOf = (ref: Ref) => {
    if (ref === 'current') return 'Current';
    const r = revisions?.find((x) => x.id === ref);
    return r ? `${titleOf(r)} (${new Date(r.at).toLocaleString()})` : `revision ${ref}`;
  };

  // The diff follows the ticked pair, and the document when one side is the current one.
  const pair = ordered(ticked);
  const [from, to] = pair ?? [null, null];
  const followsDocument = to === 'current' ? documentChanges : 0;
  useEffect(() => {
    if (from === null || to === null) {
      setDiff(null);
      return;
    }
    let live = true;
    diffRevisions(store, path, from, to).then(
      (summary) => live && setDiff({ from, to, summary }),
      (e: Error) => live && setError(`The revisions could not be compared: ${e.message}`),
    );
    return () => {
      live = false;
    };
  }, [store, path, from, to, followsDocument]);

  const tick = (ref: Ref, on: boolean) =>
    setTicked((now) =>
      on ? [...now.filter((r) => r !== ref), ref].slice(-2) : now.filter((r) => r !== ref),
    );

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      reload();
    }
  }

  const checkpoint = (event: FormEvent) => {
    event.preventDefault();
    const given = name.trim();
    return run(async () => {
      const made = await saveCheckpoint(store, path, given);
      setName('');
      return `Checkpoint “${titleOf(made)}” saved.`;
    });
  };

  const restore = (r: Revision) =>
    run(async () => {
      await store.getState().restore(r.id);
      return `Restored “${titleOf(r)}”. Undo (Ctrl+Z) takes the restore back.`;
    });

  return (
    <div className="panel-list history-panel" data-testid="history-panel">
      <form className="checkpoint-form" onSubmit={checkpoint} aria-label="New checkpoint">
        <input
          aria-label="Checkpoint name (optional)"
          placeholder="Name (optional)"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          data-testid="checkpoint-name"
        />
        <button type="submit" disabled={busy} data-testid="checkpoint">
          Checkpoint
        </button>
      </form>
      {(error ?? listError) && (
        <p className="field-error" role="alert" data-testid="history-error">
          {error ?? listError}
        </p>
      )}
      {notice && (
        <p className="muted small" role="status" data-testid="history-notice">
          {notice}
        </p>
      )}
      <p className="muted small">Tick two revisions, or one and Current, to see what changed.</p>
      <ul className="revisions" data-testid="revisions">
        <li className="revision">
          <label>
            <input
              type="checkbox"
              checked={ticked.includes('current')}
              onChange={(e) => tick('current', e.target.checked)}
              data-testid="compare-current"
            />
            <strong>Current</strong>
          </label>
        </li>
        {revisions?.map((r) => (
          <li key={r.id} className="revision" data-testid={`revision-${r.id}`} data-name={r.name ?? ''}>
            <label>
              <input
                type="checkbox"
                checked={ticked.includes(r.id)}
                onChange={(e) => tick(r.id, e.target.checked)}
                aria-label={`Compare ${titleOf(r)}`}
                data-testid={`compare-${r.id}`}
              />
              <strong className={r.auto ? 'muted' : undefined}>{titleOf(r)}</strong>
            </label>
            <span className="muted small">
              {r.who} ·{' '}
              <time dateTime={r.at} title={new Date(r.at).toLocaleString()}>
                {whenText(r.at)}
              </time>
            </span>
            <span className="small revision-summary">{r.summary.text}</span>
            <button
              className="link-button"
              disabled={busy}
              onClick={() => restore(r)}
              data-testid={`restore-${r.id}`}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
      {revisions?.length === 0 && (
        <p className="muted small" data-testid="no-revisions">
          No revisions yet: take a checkpoint, or wait for the next autosave.
        </p>
      )}
      {diff && diff.from === from && diff.to === to && (
        <RevisionDiff summary={diff.summary} from={labelOf(diff.from)} to={labelOf(diff.to)} />
      )}
    </div>
  );
}
