// The session inspector: the entities recognised in the last message, the active contexts, the conversation's
// variables as a tree, each value editable (the change is a `set` event from the debugger), and what changed at each
// step of the conversation.
import { OffloadingState } from './OffloadingState';
import { RecognisedEntities } from './RecognisedEntities';
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Json, TraceEventOf } from '../../engine/model';
import { useProject } from '../state/project-store';
import { useSimulator } from './SimulatorContext';

/** What the designer typed: JSON when it parses (42, true, {"a":1}), else the text as a string. */
export function parseTyped(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

function ValueEditor({ path, value, readOnly }: { path: string; value: Json; readOnly: boolean }) {
  const sim = useSimulator();
  const [editing, setEditing] = useState<string | null>(null);
  const shown = JSON.stringify(value);
  if (editing === null)
    return (
      <button
        type="button"
        className="session-value"
        disabled={readOnly}
        onClick={() => setEditing(typeof value === 'string' ? value : shown)}
        data-testid={`session-value-${path}`}
        title={readOnly ? 'internal is read-only' : 'Click to edit'}
      >
        {shown}
      </button>
    );
  const commit = () => {
    const text = editing;
    setEditing(null);
    void sim.setVariable(path, typeof value === 'string' ? text : parseTyped(text));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setEditing(null);
  };
  return (
    <input
      className="session-edit"
      autoFocus
      value={editing}
      onChange={(e) => setEditing(e.target.value)}
      onKeyDown={onKey}
      onBlur={commit}
      aria-label={`Value of ${path}`}
      data-testid={`session-edit-${path}`}
    />
  );
}

function SessionNode({
  name,
  path,
  value,
  changed,
}: {
  name: string;
  path: string;
  value: Json;
  changed: ReadonlySet<string>;
}) {
  const readOnly = path === 'internal' || path.startsWith('internal.');
  const isBranch = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isBranch)
    return (
      <li>
        <details open={!readOnly}>
          <summary className={changed.has(path) ? 'changed' : ''}>{name}</summary>
          <ul className="session-tree">
            {Object.entries(value).map(([k, v]) => (
              <SessionNode key={k} name={k} path={`${path}.${k}`} value={v} changed={changed} />
            ))}
          </ul>
        </details>
      </li>
    );
  return (
    <li className={changed.has(path) ? 'changed' : ''}>
      <span className="session-key">{name}</span>{' '}
      <ValueEditor path={path} value={value} readOnly={readOnly} />
    </li>
  );
}

/** The contexts active now (`internal.contexts`), with the user turns each has left. */
export function ActiveContextsList({ session }: { session: Record<string, Json> }) {
  const internal = session.internal;
  const held =
    internal && typeof internal === 'object' && !Array.isArray(internal) ? internal.contexts : undefined;
  const entries =
    held && typeof held === 'object' && !Array.isArray(held)
      ? Object.entries(held).filter((e): e is [string, number] => typeof e[1] === 'number')
      : [];
  return (
    <div className="session-contexts" data-testid="session-contexts">
      <h4>Active contexts</h4>
      {entries.length === 0 ? (
        <p className="muted small">None. A block's output contexts appear here when it runs.</p>
      ) : (
        <ul>
          {entries.map(([name, left]) => (
            <li key={name} data-testid={`session-context-${name}`}>
              <code>{name}</code>{' '}
              <span className="muted small">
                {left} user turn{left === 1 ? '' : 's'} left
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SessionInspector() {
  const sim = useSimulator();
  const session = useProject((s) => s.simState?.session);
  const events = useProject((s) => s.simEvents);
  const [newPath, setNewPath] = useState('');
  const [newValue, setNewValue] = useState('');
  const sets = useMemo(() => events.filter((e): e is TraceEventOf<'set'> => e.type === 'set'), [events]);
  // Paths (and their parents) set since the user's last message: highlighted in the tree.
  const changed = useMemo(() => {
    let lastUser = -1;
    for (const e of events) if (e.type === 'user') lastUser = e.seq;
    const paths = new Set<string>();
    for (const e of sets)
      if (e.seq > lastUser)
        e.path.split('.').forEach((_, i, parts) => paths.add(parts.slice(0, i + 1).join('.')));
    return paths;
  }, [events, sets]);

  if (!session) return <p className="muted small">Start a conversation to see its session.</p>;
  return (
    <div className="session-inspector" data-testid="session-inspector">
      <RecognisedEntities />
      <ActiveContextsList session={session} />
      <OffloadingState />
      <ul className="session-tree root">
        {Object.entries(session).map(([k, v]) => (
          <SessionNode key={k} name={k} path={k} value={v} changed={changed} />
        ))}
      </ul>
      <form
        className="row session-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (newPath.trim() === '') return;
          void sim.setVariable(newPath.trim(), parseTyped(newValue));
          setNewPath('');
          setNewValue('');
        }}
      >
        <input
          placeholder="variable.path"
          value={newPath}
          onChange={(e) => setNewPath(e.target.value)}
          aria-label="Variable to set"
          data-testid="session-add-path"
        />
        <input
          placeholder="value (JSON or text)"
          value={newValue}
          onChange={(e) => setNewValue(e.target.value)}
          aria-label="Value to set"
          data-testid="session-add-value"
        />
        <button type="submit">Set</button>
      </form>
      <h4>Changes</h4>
      <ol className="session-changes" data-testid="session-changes">
        {sets.map((e) => (
          <li key={e.seq}>
            <code>{e.path}</code>: {e.old === undefined ? 'unset' : JSON.stringify(e.old)} →{' '}
            {JSON.stringify(e.value)}{' '}
            <span className="muted small">
              ({e.source}
              {e.blockId ? ` in ${e.blockId}` : ''})
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
