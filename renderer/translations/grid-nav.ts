// Keyboard navigation of the Translations table, as in a spreadsheet: a reducer over the active cell and the
// edit state, so the key handling is tested without a DOM. Arrows, Tab / Shift+Tab, Home / End, Page Up / Down
// move; Enter or F2 starts editing an editable cell, Enter commits and moves down, Tab commits and moves right,
// Escape cancels.
export interface GridState {
  row: number;
  col: number;
  /** The draft of the cell being edited; null when not editing. */
  draft: string | null;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Rows per page (Page Up / Down). */
  page: number;
  editable(col: number): boolean;
  /** The current value of a cell, the draft's start. */
  valueAt(row: number, col: number): string;
}

export type GridAction =
  | { type: 'key'; key: string; shift?: boolean }
  | { type: 'click'; row: number; col: number }
  | { type: 'draft'; value: string };

/** What a step asks of the table besides the new state: commit a cell's draft. */
export interface GridStep {
  state: GridState;
  commit?: { row: number; col: number; value: string };
  /** Whether the key was the grid's (the event's default is then prevented). */
  handled: boolean;
}

export const GRID_START: GridState = { row: 0, col: 0, draft: null };

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max - 1));

function moved(state: GridState, shape: GridShape, row: number, col: number): GridState {
  return { row: clamp(row, shape.rows), col: clamp(col, shape.cols), draft: null };
}

export function gridStep(state: GridState, action: GridAction, shape: GridShape): GridStep {
  if (action.type === 'click') return { state: moved(state, shape, action.row, action.col), handled: true };
  if (action.type === 'draft')
    return { state: state.draft === null ? state : { ...state, draft: action.value }, handled: true };
  const { key, shift } = action;
  const { row, col } = state;
  if (state.draft !== null) {
    const commit = { row, col, value: state.draft };
    if (key === 'Escape') return { state: { ...state, draft: null }, handled: true };
    if (key === 'Enter' && !shift) return { state: moved(state, shape, row + 1, col), commit, handled: true };
    if (key === 'Tab')
      return { state: moved(state, shape, row, col + (shift ? -1 : 1)), commit, handled: true };
    return { state, handled: false };
  }
  const to = (r: number, c: number): GridStep => ({ state: moved(state, shape, r, c), handled: true });
  switch (key) {
    case 'ArrowDown':
      return to(row + 1, col);
    case 'ArrowUp':
      return to(row - 1, col);
    case 'ArrowRight':
      return to(row, col + 1);
    case 'ArrowLeft':
      return to(row, col - 1);
    case 'Tab':
      return to(row, col + (shift ? -1 : 1));
    case 'PageDown':
      return to(row + shape.page, col);
    case 'PageUp':
      return to(row - shape.page, col);
    case 'Home':
      return to(row, 0);
    case 'End':
      return to(row, shape.cols - 1);
    case 'Enter':
    case 'F2':
      if (shape.rows === 0 || !shape.editable(col)) return { state, handled: key === 'Enter' };
      return { state: { ...state, draft: shape.valueAt(row, col) }, handled: true };
    default:
      return { state, handled: false };
  }
}
