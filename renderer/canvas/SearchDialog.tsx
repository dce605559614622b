// Ctrl/Cmd+K: find a block by id, name or text in any flow, or a note by its text or a frame by its
// title; Enter selects it and centres it.
import { useMemo, useState } from 'react';
import { useProject, useProjectStore } from '../state/project-store';
import { searchAnnotations, searchBlocks } from './block-search';

type Hit =
  | { kind: 'block'; id: string; flowId: string; title: string; match: string }
  | { kind: 'note' | 'frame'; id: string; flowId: string; title: string; match: string };

export function SearchDialog() {
  const store = useProjectStore();
  const project = useProject((s) => s.project);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const hits = useMemo(
    (): Hit[] => [
      ...searchBlocks(project, query).map((h) => ({ ...h, kind: 'block' as const, id: h.blockId })),
      ...searchAnnotations(project, query),
    ],
    [project, query],
  );
  const choose = (hit: Hit) => {
    store.getState().setOverlay(null);
    if (hit.kind === 'block') store.getState().focusBlock(hit.id);
    else store.getState().focusAnnotation(hit.id);
  };
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal
      aria-label="Search blocks"
      data-testid="search-dialog"
      onClick={() => store.getState().setOverlay(null)}
    >
      <div className="overlay-card search-card" onClick={(e) => e.stopPropagation()}>
        <input
          autoFocus
          placeholder="Block id, name or text; note text; frame title…"
          aria-label="Search blocks"
          data-testid="search-input"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, hits.length - 1));
            if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
            if (e.key === 'Enter' && hits[index]) choose(hits[index]);
            if (e.key === 'Escape') store.getState().setOverlay(null);
          }}
        />
        <ul className="search-results" role="listbox">
          {hits.map((hit, i) => (
            <li key={`${hit.kind}:${hit.id}`} role="option" aria-selected={i === index}>
              <button className={i === index ? 'active' : ''} onClick={() => choose(hit)}>
                {hit.kind !== 'block' && (
                  <span className="search-kind">{hit.kind === 'note' ? 'Note' : 'Frame'}</span>
                )}
                <strong>{hit.title}</strong>{' '}
                <span className="muted small">
                  {hit.flowId}/{hit.id}
                </span>
                {hit.match !== 'id' && hit.match !== 'title' && (
                  <span className="muted small"> · {hit.match}</span>
                )}
              </button>
            </li>
          ))}
          {query && hits.length === 0 && <li className="muted">Nothing matches.</li>}
        </ul>
      </div>
    </div>
  );
}
