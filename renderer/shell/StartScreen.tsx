// The start screen: create a project, import a botloom/1 JSON file, or open one of the recent projects.
import { useEffect, useState, type FormEvent } from 'react';
import { useAppStore } from '../state/app-store';
import { PathDialog } from './PathDialog';
import { createProject, fieldIssuesText, openJsonProject, refreshRecents } from './projects-controller';

export function StartScreen() {
  const recents = useAppStore((s) => s.recents);
  const open = useAppStore((s) => s.open);
  const setError = useAppStore((s) => s.setError);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    refreshRecents().catch((e: Error) => setError(e.message));
  }, [setError]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFieldError(null);
    try {
      const project = await createProject(name);
      setName('');
      open(project);
    } catch (e) {
      const issues = fieldIssuesText(e);
      if (issues) setFieldError(issues);
      else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="start-screen" data-testid="start-screen">
      <section className="start-card">
        <h1>Design, simulate and ship chatbots</h1>
        <p className="muted">
          Build a conversation on the canvas, talk to it locally, test it, then take it to Chatlayer.
        </p>
        <form onSubmit={create} className="new-project" aria-label="New project">
          <label htmlFor="new-project-name">New project</label>
          <div className="row">
            <input
              id="new-project-name"
              data-testid="new-project-name"
              placeholder="Pizza bot"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={fieldError ? true : undefined}
            />
            <button className="primary" type="submit" disabled={busy} data-testid="create-project">
              Create
            </button>
          </div>
          {fieldError && (
            <p className="field-error" role="alert">
              {fieldError}
            </p>
          )}
        </form>
        <button className="link-button" onClick={() => setImporting(true)} data-testid="import-json">
          Open JSON…
        </button>
        {importing && (
          <PathDialog
            title="Open JSON"
            label="The botloom/1 JSON file to open. Edits are saved back to it; its history is kept in Botloom’s data folder."
            initial=""
            submitLabel="Open"
            testId="import-dialog"
            onClose={() => setImporting(false)}
            onSubmit={async (source) => {
              open(await openJsonProject(source));
            }}
          />
        )}
      </section>
      <section className="start-card">
        <h2>Recent projects</h2>
        {recents.length === 0 ? (
          <p className="muted" data-testid="no-recents">
            No projects yet. Create one above.
          </p>
        ) : (
          <ul className="recent-list" data-testid="recent-projects">
            {recents.map((p) => (
              <li key={p.path}>
                <button className="recent" onClick={() => open(p)} title={p.path}>
                  <strong>{p.name}</strong>
                  <span className="muted small">{p.path}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
