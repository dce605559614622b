// Ctrl/Cmd+K: find a block by id, name or text in any flow; Enter selects it and centres it.
import { useMemo, useState } from 'react';
import { useProject, useProjectStore } from '../state/project-store';
import { searchBlocks } from './block-search';

export function SearchDialog() {
  const store = useProjectStore();
  const project = useProject((s) => s.project);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const hits = useMemo(() => searchBlocks(project, query), [project, query]);
  const choose = (blockId: string) => {
    store.getState().setOverlay(null);
    store.getState().focusBlock(blockId);
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
          placeholder="Block id, name or text…"
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
            if (e.key === 'Enter' && hits[index]) choose(hits[index].blockId);
            if (e.key === 'Escape') store.getState().setOverlay(null);
          }}
        />
        <ul className="search-results" role="listbox">
          {hits.map((hit, i) => (
            <li key={hit.blockId} role="option" aria-selected={i === index}>
              <button className={i === index ? 'active' : ''} onClick={() => choose(hit.blockId)}>
                <strong>{hit.title}</strong>{' '}
                <span className="muted small">
                  {hit.flowId}/{hit.blockId}
                </span>
                {hit.match !== 'id' && <span className="muted small"> · {hit.match}</span>}
              </button>
            </li>
          ))}
          {query && hits.length === 0 && <li className="muted">No block matches.</li>}
        </ul>
      </div>
    </div>
  );
}
