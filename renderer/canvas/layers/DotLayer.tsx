// The furthest level of detail: every block of the flow as a coloured rectangle, one SVG path per block
// kind, built once per version of the flow (panning moves the layer, it never re-renders it).
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { BlockType } from '../../../engine/model';
import { BLOCK_UI } from '../../blocks/block-ui';
import { NODE_WIDTH, nodeHeight } from '../block-geometry';
import type { FlowGraph } from '../flow-graph';

/** Path data per block kind: a rectangle per block. */
export function dotPaths(graph: FlowGraph): Map<BlockType, string> {
  const parts = new Map<BlockType, string[]>();
  for (const [id, display] of graph.displays) {
    const p = graph.positions.get(id)!;
    const rect = `M${p.x} ${p.y}h${NODE_WIDTH}v${nodeHeight(display)}h-${NODE_WIDTH}z`;
    const list = parts.get(display.type);
    if (list) list.push(rect);
    else parts.set(display.type, [rect]);
  }
  return new Map([...parts].map(([type, rects]) => [type, rects.join('')]));
}

export const DotLayer = memo(function DotLayer({
  graph,
  selected,
}: {
  graph: FlowGraph;
  selected: ReadonlySet<string>;
}) {
  const paths = useMemo(() => dotPaths(graph), [graph]);
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
        {[...paths].map(([type, d]) => (
          <path key={type} d={d} fill={BLOCK_UI[type].color} data-block-type={type} />
        ))}
        {outline && <path className="dot-selected" d={outline} />}
      </svg>
    </ViewportPortal>
  );
});
