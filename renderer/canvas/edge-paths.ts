// Edge geometry that is not React Flow's: a loop from a block back to itself, routed around the block
// (a curve from the exit to the input would cross the card), and the label an exit's edge carries.
import { NODE_WIDTH } from './block-geometry';

interface Point {
  x: number;
  y: number;
}

/** The edge type of every block exit (edges/ExitEdge.tsx). */
export const EXIT_EDGE = 'exit';

/** How far a self-loop keeps from its block, in flow units. */
export const LOOP_GAP = 28;
const R = 8;

/**
 * The path of a self-loop: from the exit (`from`, on the block's right side or at the bottom for `next`)
 * out beside the block, up above it and down into its input (`to`, the middle of the top side). Returns
 * the SVG path and where its label goes (above the block's top-right corner).
 */
export function selfLoopPath(from: Point, to: Point, side: 'right' | 'bottom'): { d: string; label: Point } {
  const right = to.x + NODE_WIDTH / 2 + LOOP_GAP;
  const top = to.y - LOOP_GAP;
  const f = (n: number) => n.toFixed(0);
  const start =
    side === 'bottom'
      ? // Down from the bottom handle, then right, clear of the block.
        `M${f(from.x)} ${f(from.y)}L${f(from.x)} ${f(from.y + LOOP_GAP - R)}` +
        `Q${f(from.x)} ${f(from.y + LOOP_GAP)} ${f(from.x + R)} ${f(from.y + LOOP_GAP)}` +
        `L${f(right - R)} ${f(from.y + LOOP_GAP)}Q${f(right)} ${f(from.y + LOOP_GAP)} ${f(right)} ${f(from.y + LOOP_GAP - R)}`
      : `M${f(from.x)} ${f(from.y)}L${f(right - R)} ${f(from.y)}Q${f(right)} ${f(from.y)} ${f(right)} ${f(from.y - R)}`;
  const d =
    start +
    `L${f(right)} ${f(top + R)}Q${f(right)} ${f(top)} ${f(right - R)} ${f(top)}` +
    `L${f(to.x + R)} ${f(top)}Q${f(to.x)} ${f(top)} ${f(to.x)} ${f(top + R)}L${f(to.x)} ${f(to.y)}`;
  return { d, label: { x: (right + to.x) / 2, y: top } };
}

/** At most this many characters of an exit's name on its edge. */
export const EXIT_LABEL_MAX = 24;

/** What an edge says: the exit's name (a button's title, a rule's condition), then the variables it sets. */
export function edgeLabel(exit: string | undefined, sets: string | undefined): string | undefined {
  const name = exit && exit.length > EXIT_LABEL_MAX ? `${exit.slice(0, EXIT_LABEL_MAX - 1)}…` : exit;
  if (name && sets) return `${name} · ${sets}`;
  return name || sets || undefined;
}
