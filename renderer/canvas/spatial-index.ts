// A grid of cells over a flow's blocks: which blocks lie in (or overlap) a rectangle, without a scan.
// The canvas asks it again only when the viewport's range of cells changes.
export const CELL_SIZE = 400;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CellRange {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function cellRange(rect: Rect, cell = CELL_SIZE): CellRange {
  return {
    x0: Math.floor(rect.x / cell),
    y0: Math.floor(rect.y / cell),
    x1: Math.floor((rect.x + rect.width) / cell),
    y1: Math.floor((rect.y + rect.height) / cell),
  };
}

export const sameRange = (a: CellRange | null, b: CellRange | null) =>
  !!a && !!b && a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;

export class SpatialIndex {
  readonly #cells = new Map<string, string[]>();
  readonly cell: number;

  constructor(items: Iterable<{ id: string } & Rect>, cell = CELL_SIZE) {
    this.cell = cell;
    for (const item of items) {
      const r = cellRange(item, cell);
      for (let cx = r.x0; cx <= r.x1; cx++)
        for (let cy = r.y0; cy <= r.y1; cy++) {
          const key = `${cx},${cy}`;
          const list = this.#cells.get(key);
          if (list) list.push(item.id);
          else this.#cells.set(key, [item.id]);
        }
    }
  }

  /** Ids of the items in the cells of `range`, each once, in no particular order. */
  query(range: CellRange): string[] {
    const seen = new Set<string>();
    for (let cx = range.x0; cx <= range.x1; cx++)
      for (let cy = range.y0; cy <= range.y1; cy++)
        for (const id of this.#cells.get(`${cx},${cy}`) ?? []) seen.add(id);
    return [...seen];
  }
}
