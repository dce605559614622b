import { describe, expect, it } from 'vitest';
import {
  GRID_START,
  gridStep,
  type GridShape,
  type GridState,
} from '../../../renderer/translations/grid-nav';

// 10 rows; columns 0–3 read-only, 4 and 5 editable (the secondary languages).
const shape: GridShape = {
  rows: 10,
  cols: 6,
  page: 4,
  editable: (col) => col >= 4,
  valueAt: (row, col) => `r${row}c${col}`,
};
const key = (state: GridState, k: string, shift = false) =>
  gridStep(state, { type: 'key', key: k, shift }, shape);
const at = (row: number, col: number, draft: string | null = null): GridState => ({ row, col, draft });

describe('translations grid keys', () => {
  it('moves with arrows, Tab, Home/End and pages, staying inside the grid', () => {
    expect(key(GRID_START, 'ArrowDown').state).toEqual(at(1, 0));
    expect(key(GRID_START, 'ArrowUp').state).toEqual(at(0, 0));
    expect(key(at(0, 5), 'ArrowRight').state).toEqual(at(0, 5));
    expect(key(at(2, 2), 'Tab').state).toEqual(at(2, 3));
    expect(key(at(2, 2), 'Tab', true).state).toEqual(at(2, 1));
    expect(key(at(2, 2), 'End').state).toEqual(at(2, 5));
    expect(key(at(2, 2), 'Home').state).toEqual(at(2, 0));
    expect(key(at(8, 0), 'PageDown').state).toEqual(at(9, 0));
    expect(key(at(5, 0), 'PageUp').state).toEqual(at(1, 0));
  });

  it('starts editing an editable cell with Enter or F2, from its value, and never a read-only one', () => {
    expect(key(at(3, 4), 'Enter').state).toEqual(at(3, 4, 'r3c4'));
    expect(key(at(3, 5), 'F2').state).toEqual(at(3, 5, 'r3c5'));
    expect(key(at(3, 1), 'F2').state).toEqual(at(3, 1));
  });

  it('commits with Enter (moving down) or Tab (moving right), and Escape cancels without a commit', () => {
    const editing = gridStep(at(3, 4, 'r3c4'), { type: 'draft', value: 'Hallo' }, shape).state;
    expect(key(editing, 'Enter')).toEqual({
      state: at(4, 4),
      commit: { row: 3, col: 4, value: 'Hallo' },
      handled: true,
    });
    expect(key(editing, 'Tab')).toEqual({
      state: at(3, 5),
      commit: { row: 3, col: 4, value: 'Hallo' },
      handled: true,
    });
    expect(key(editing, 'Escape')).toEqual({ state: at(3, 4), handled: true });
  });

  it('leaves the arrows to the text box while editing', () => {
    const editing = at(3, 4, 'abc');
    expect(key(editing, 'ArrowLeft')).toEqual({ state: editing, handled: false });
  });

  it('moves to a clicked cell, dropping an edit', () => {
    expect(gridStep(at(3, 4, 'x'), { type: 'click', row: 7, col: 2 }, shape).state).toEqual(at(7, 2));
  });
});
