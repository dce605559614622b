// Where a new block goes when it is not dropped at a point (palette click, keys 1–9): the free place nearest
// the viewport's centre, so that it never lands on top of a block already there.
import type { Flow, Position } from '../../engine/model';
import { NODE_WIDTH, nodeHeight } from './block-geometry';
import { flowGraph } from './flow-graph';
import { cellRange, type Rect } from './spatial-index';

/** Space kept free around the new block, in flow units. */
const GAP = 24;
/** Candidate places are this far apart, on a grid around the centre. */
const STEP = 40;
/** How many steps out from the centre are tried before giving up and using the centre. */
const REACH = 30;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The top-left corner of a `height`-tall block nearest the one that centres it on `centre` (its header
 * under the point), at which it overlaps no block of `flow` nor comes within GAP of one.
 */
export function freeSpotNear(flow: Flow, centre: Position, height: number): Position {
  const graph = flowGraph(flow);
  const home = { x: centre.x - NODE_WIDTH / 2, y: centre.y - 20 };
  const rectAt = (p: Position): Rect => ({
    x: p.x - GAP,
    y: p.y - GAP,
    width: NODE_WIDTH + 2 * GAP,
    height: height + 2 * GAP,
  });
  // The blocks within reach, found through the flow's spatial index rather than a scan.
  const span = REACH * STEP;
  const near = graph.index
    .query(
      cellRange(
        {
          x: home.x - span - GAP,
          y: home.y - span - GAP,
          width: 2 * span + NODE_WIDTH + 2 * GAP,
          height: 2 * span + height + 2 * GAP,
        },
        graph.index.cell,
      ),
    )
    .map((id) => {
      const p = graph.positions.get(id)!;
      return { x: p.x, y: p.y, width: NODE_WIDTH, height: nodeHeight(graph.displays.get(id)!) };
    });
  const candidates: Position[] = [];
  for (let i = -REACH; i <= REACH; i++)
    for (let j = -REACH; j <= REACH; j++) candidates.push({ x: home.x + i * STEP, y: home.y + j * STEP });
  candidates.sort((a, b) => Math.hypot(a.x - home.x, a.y - home.y) - Math.hypot(b.x - home.x, b.y - home.y));
  const spot = candidates.find((c) => !near.some((r) => overlaps(rectAt(c), r)));
  return spot ?? home;
}
