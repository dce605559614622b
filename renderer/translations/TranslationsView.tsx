// The Translations table (issue 15): every translatable text of the project as a row (flow, block, component)
// with one column per language, over the canvas. Windowed like the outline (only the rows in view are mounted),
// one tab stop, spreadsheet keys (grid-nav.ts): Enter or F2 edits a secondary-language cell, Enter commits and
// moves down, Tab moves right, Escape cancels. Each committed cell is one setTranslation command, one undo step.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useAppStore } from '../state/app-store';
import { useProjectStore } from '../state/project-store';
import { GRID_START, gridStep, type GridAction, type GridShape, type GridState } from './grid-nav';
import { TranslationRowView, ROW_HEIGHT, FIXED_COLUMNS } from './TranslationRowView';
import { TranslationsFilters } from './TranslationsFilters';
import { useTranslationTable } from './use-translation-table';
import './translations.css';
import { useRowWindow } from '../ui/use-row-window';

export function TranslationsView() {
  const store = useProjectStore();
  const setError = useAppStore((s) => s.setError);
  const { all, rows, languages, filter, setFilter, commit } = useTranslationTable();
  const [grid, setGridState] = useState(GRID_START);
  // The latest state, read by handlers that may run after a render they did not see (a blur on unmount).
  const gridRef = useRef(GRID_START);
  const setGrid = (next: GridState | ((g: GridState) => GridState)) => {
    gridRef.current = typeof next === 'function' ? next(gridRef.current) : next;
    setGridState(gridRef.current);
  };
  const { body, onScroll, first, last, page, scrollInto, slotKey } = useRowWindow(rows.length, ROW_HEIGHT);
  const gridEl = useRef<HTMLDivElement>(null);
  const cols = FIXED_COLUMNS + languages.length;

  useEffect(() => {
    setGrid((g) => ({ ...g, row: Math.min(g.row, Math.max(rows.length - 1, 0)) }));
  }, [rows.length]);
  useEffect(() => gridEl.current?.focus(), []);

  const shape: GridShape = {
    rows: rows.length,
    cols,
    page,
    editable: (col) => col > FIXED_COLUMNS,
    valueAt: (row, col) => rows[row]?.cells[col - FIXED_COLUMNS]?.value ?? '',
  };
  const dispatch = (action: GridAction): boolean => {
    const grid = gridRef.current;
    const step = gridStep(grid, action, shape);
    if (step.commit) {
      const row = rows[step.commit.row];
      const error = row && commit(row, step.commit.col - FIXED_COLUMNS, step.commit.value);
      if (error) setError(error);
    }
    setGrid(step.state);
    if (step.state.row !== grid.row) scrollInto(step.state.row);
    if (grid.draft !== null && step.state.draft === null) gridEl.current?.focus();
    return step.handled;
  };
  // One click handler for every row, the same across renders, so a scroll re-renders only the rows that
  // come into view (the rows are memoised; a new handler each render re-rendered every mounted row).
  const latestDispatch = useRef(dispatch);
  useLayoutEffect(() => {
    latestDispatch.current = dispatch;
  });
  const onCell = useCallback((row: number, col: number) => {
    const g = gridRef.current;
    if (g.draft !== null && row === g.row && col === g.col) return;
    latestDispatch.current({ type: 'click', row, col });
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && gridRef.current.draft === null) {
      e.preventDefault();
      e.stopPropagation();
      store.getState().setTranslationsOpen(false);
      return;
    }
    if (dispatch({ type: 'key', key: e.key, shift: e.shiftKey })) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const editor =
    grid.draft === null ? null : (
      <input
        className="translations-editor"
        autoFocus
        aria-label={`Translation in ${languages[grid.col - FIXED_COLUMNS]}`}
        data-testid="translation-editor"
        value={grid.draft}
        onChange={(e) => dispatch({ type: 'draft', value: e.target.value })}
        onBlur={() => gridRef.current.draft !== null && dispatch({ type: 'key', key: 'Escape' })}
      />
    );
  const style = { '--lang-cols': languages.length } as CSSProperties;
  return (
    <section className="translations" aria-label="Translations" data-testid="translations-view" style={style}>
      <TranslationsFilters
        filter={filter}
        setFilter={setFilter}
        languages={languages}
        shown={rows.length}
        total={all.length}
        onClose={() => store.getState().setTranslationsOpen(false)}
        onError={setError}
      />
      <div
        className="translations-grid"
        role="grid"
        aria-label="Translations"
        aria-rowcount={rows.length + 1}
        aria-colcount={cols}
        aria-activedescendant={rows.length ? 'translations-active-cell' : undefined}
        tabIndex={0}
        ref={gridEl}
        data-testid="translations-grid"
        onKeyDown={onKeyDown}
      >
        <div className="translations-row translations-head" role="row" aria-rowindex={1}>
          {['Flow', 'Block', 'Component', ...languages].map((label, i) => (
            <div key={i} role="columnheader" className="translations-cell">
              {label}
              {i === FIXED_COLUMNS ? ' (primary)' : ''}
            </div>
          ))}
        </div>
        <div className="translations-body" ref={body} role="rowgroup" onScroll={onScroll}>
          <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
            {rows.slice(first, last).map((row, i) => (
              <TranslationRowView
                key={slotKey(first + i)}
                row={row}
                index={first + i}
                activeCol={first + i === grid.row ? grid.col : -1}
                languages={languages}
                editor={first + i === grid.row ? editor : null}
                onCell={onCell}
              />
            ))}
          </div>
          {rows.length === 0 && (
            <p className="muted translations-empty" role="status">
              {all.length === 0
                ? 'This project has no texts to translate yet.'
                : 'No text matches the filter.'}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
