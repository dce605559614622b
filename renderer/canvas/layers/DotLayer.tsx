// The furthest level of detail: blocks as coloured rectangles in one SVG layer, no nodes. The flow is cut
// into tiles of DOT_TILE × DOT_TILE grid cells, each holding one path per block kind, built once per
// version of the flow; only the tiles of the window (and one ring around it) are in the layer. One path
// per kind over the whole flow made every raster tile walk all 5,000 rectangles while panning (pan p95
// two frames at zoom 0.25 in bench/canvas); a tile's path is local, so rasterising is too.
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { BlockType } from '../../../engine/model';
import { BLOCK_UI } from '../../blocks/block-ui';
import { NODE_WIDTH, nodeHeight } from '../block-geometry';
import type { FlowGraph } from '../flow-graph';
import type { CellRange } from '../spatial-index';

/** Grid cells per dot tile, each way. */
export const DOT_TILE = 4;

export interface DotTile {
  key: string;
  /** Path data per block kind: a rectangle per block whose top-left corner lies in the tile. */
  paths: { type: BlockType; d: string }[];
}

/** The flow's dot tiles by `tx,ty` (tile coordinates), built once per flow graph. */
export function dotTiles(graph: FlowGraph): Map<string, DotTile> {
  const size = graph.index.cell * DOT_TILE;
  const parts = new Map<string, Map<BlockType, string[]>>();
  for (const [id, display] of graph.displays) {
    const p = graph.positions.get(id)!;
    const key = `${Math.floor(p.x / size)},${Math.floor(p.y / size)}`;
    let kinds = parts.get(key);
    if (!kinds) parts.set(key, (kinds = new Map()));
    const rect = `M${p.x} ${p.y}h${NODE_WIDTH}v${nodeHeight(display)}h-${NODE_WIDTH}z`;
    const list = kinds.get(display.type);
    if (list) list.push(rect);
    else kinds.set(display.type, [rect]);
  }
  const tiles = new Map<string, DotTile>();
  for (const [key, kinds] of parts)
    tiles.set(key, { key, paths: [...kinds].map(([type, rects]) => ({ type, d: rects.join('') })) });
  return tiles;
}

/**
 * The tiles that cover a window's cell range, with one ring of tiles around it: a block whose corner lies
 * in the tile before the range still reaches into it, and a short pan shows no gap.
 */
export function tilesInRange(tiles: ReadonlyMap<string, DotTile>, range: CellRange): DotTile[] {
  const t = (cell: number) => Math.floor(cell / DOT_TILE);
  const out: DotTile[] = [];
  for (let tx = t(range.x0) - 1; tx <= t(range.x1) + 1; tx++)
    for (let ty = t(range.y0) - 1; ty <= t(range.y1) + 1; ty++) {
      const tile = tiles.get(`${tx},${ty}`);
      if (tile) out.push(tile);
    }
  return out;
}

const Tile = memo(function Tile({ tile }: { tile: DotTile }) {
  return (
    <g>
      {tile.paths.map(({ type, d }) => (
        <path key={type} d={d} fill={BLOCK_UI[type].color} data-block-type={type} />
      ))}
    </g>
  );
});

export const DotLayer = memo(function DotLayer({
  graph,
  range,
  selected,
}: {
  graph: FlowGraph;
  range: CellRange;
  selected: ReadonlySet<string>;
}) {
  const tiles = useMemo(() => dotTiles(graph), [graph]);
  const shown = useMemo(() => tilesInRange(tiles, range), [tiles, range]);
  const outline = [...selected]
    .filter((id) => graph.blocks.has(id))
    .map((id) => {
      const p = graph.positions.get(id)!;
      return `M${p.x} ${p.y}h${NODE_WIDTH}v${nodeHeight(graph.displays.get(id)!)}h-${NODE_WIDTH}z`;
    })
    .join('');
  return (
    <ViewportPortal>
      <svg className="window-layer" data-testid="dot-layer" width={1} height={1} aria-hidden>
        {shown.map((tile) => (
          <Tile key={tile.key} tile={tile} />
        ))}
        {outline && <path className="dot-selected" d={outline} />}
      </svg>
    </ViewportPortal>
  );
});
