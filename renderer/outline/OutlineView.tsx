// The outline: every block of the active flow as a windowed grid (only the rows in view are mounted),
// sortable by column, filtered by text, type and problems. The accessible alternative to the graph:
// one tab stop, arrow keys, Page Up/Down, Home/End move the active row, Enter (or a click) selects the
// block and centres it on the canvas.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { BLOCK_TYPES, type BlockType } from '../../engine/model';
import { useProjectStore } from '../state/project-store';
import { BLOCK_UI } from '../blocks/block-ui';
import { nextSort, type OutlineRow, type SortKey } from './outline-model';
import { useOutlineRows } from './use-outline-rows';
import { OutlineRowView, ROW_HEIGHT } from './OutlineRowView';
import './outline.css';
import { ChevronDown, ChevronUp } from 'lucide-react';
import { useRowWindow } from '../ui/use-row-window';

const COLUMNS: { key: SortKey; label: string; title?: string }[] = [
  { key: 'type', label: 'Type' },
  { key: 'title', label: 'Name' },
  { key: 'firstText', label: 'First text' },
  { key: 'incoming', label: 'In', title: 'References to this block from any flow' },
  { key: 'outgoing', label: 'Out', title: 'References this block holds' },
  { key: 'problems', label: 'Problems' },
  { key: 'coverage', label: 'Coverage', title: 'Visited by the last test run' },
];

export function OutlineView() {
  const store = useProjectStore();
  const { all, rows, filter, setFilter, sort, setSort, hasCoverage, flowId } = useOutlineRows();
  const [active, setActive] = useState(0);
  const { body, onScroll, first, last, page, scrollInto, slotKey } = useRowWindow(rows.length, ROW_HEIGHT);
  useEffect(() => setActive((i) => Math.min(i, Math.max(rows.length - 1, 0))), [rows.length]);

  const choose = (row: OutlineRow | undefined) => {
    if (row) store.getState().focusBlock(row.id);
  };
  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(index, rows.length - 1));
    setActive(i);
    scrollInto(i);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => choose(rows[active]),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };

  const activeRow = rows[active];
  return (
    <section className="outline" aria-label="Outline" data-testid="outline">
      <div className="outline-filters" role="search">
        <input
          type="search"
          placeholder="Filter by id, name, type or text…"
          aria-label="Filter blocks"
          data-testid="outline-filter"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <select
          aria-label="Block type"
          data-testid="outline-type"
          value={filter.type ?? ''}
          onChange={(e) => setFilter({ ...filter, type: (e.target.value || null) as BlockType | null })}
        >
          <option value="">All types</option>
          {BLOCK_TYPES.map((t) => (
            <option key={t} value={t}>
              {BLOCK_UI[t].label}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={filter.problemsOnly}
            data-testid="outline-problems-only"
            onChange={(e) => setFilter({ ...filter, problemsOnly: e.target.checked })}
          />{' '}
          With problems
        </label>
        <span className="muted small" role="status" data-testid="outline-count">
          {rows.length === all.length ? `${all.length} blocks` : `${rows.length} of ${all.length} blocks`}
          {hasCoverage ? '' : ' · coverage: no test run yet'}
        </span>
      </div>
      <div
        className="outline-grid"
        role="grid"
        aria-label={`Blocks of flow ${flowId}`}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length}
        aria-activedescendant={activeRow ? `outline-row-${activeRow.id}` : undefined}
        tabIndex={0}
        data-testid="outline-grid"
        onKeyDown={onKeyDown}
      >
        <div className="outline-row outline-head" role="row" aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={`outline-cell col-${c.key}`}
              aria-sort={sort.key === c.key ? sort.direction : 'none'}
            >
              <button
                tabIndex={-1}
                title={c.title ?? `Sort by ${c.label.toLowerCase()}`}
                data-testid={`outline-sort-${c.key}`}
                onClick={() => setSort(nextSort(sort, c.key))}
              >
                {c.label}
                {sort.key === c.key &&
                  (sort.direction === 'ascending' ? <ChevronUp aria-hidden /> : <ChevronDown aria-hidden />)}
              </button>
            </div>
          ))}
        </div>
        <div className="outline-body" ref={body} role="rowgroup" onScroll={onScroll}>
          <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
            {rows.slice(first, last).map((row, i) => (
              <OutlineRowView
                key={slotKey(first + i)}
                row={row}
                index={first + i}
                active={first + i === active}
                hasCoverage={hasCoverage}
                onChoose={() => {
                  setActive(first + i);
                  choose(row);
                }}
              />
            ))}
          </div>
          {rows.length === 0 && (
            <p className="muted outline-empty" role="status">
              {all.length === 0 ? 'This flow has no blocks yet.' : 'No block matches the filter.'}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
