// One SVG layer in flow coordinates for what the window draws without React Flow: the edges between
// mounted blocks below the full level of detail, the stubs of edges that leave the window, and the
// highlighted connections of the selected block. Each is a single path element.
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';

export const EdgeLayer = memo(function EdgeLayer({
  edges,
  stubs,
  highlight,
}: {
  edges: string;
  stubs: string;
  highlight: string;
}) {
  if (!edges && !stubs && !highlight) return null;
  return (
    <ViewportPortal>
      <svg className="window-layer" data-testid="edge-layer" width={1} height={1} aria-hidden>
        {edges && <path className="window-edges" d={edges} />}
        {stubs && <path className="window-stubs" d={stubs} data-testid="stub-lines" />}
        {highlight && <path className="window-highlight" d={highlight} data-testid="highlight-path" />}
      </svg>
    </ViewportPortal>
  );
});
