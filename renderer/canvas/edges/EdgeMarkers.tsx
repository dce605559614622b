// The arrowheads edges end in (flow-graph.ts ARROW, DANGER_ARROW), defined once beside the canvas and
// coloured by CSS (canvas.css `.edge-arrow`), so they follow the theme. In flow units: they scale with
// the zoom as the edges do.
import { ARROW, DANGER_ARROW, SELECTED_ARROW } from '../flow-graph';

const POINTS = '-9,-5 0,0 -9,5 -9,-5';

export function EdgeMarkers() {
  return (
    <svg className="edge-markers" aria-hidden width="0" height="0">
      <defs>
        {[
          [ARROW, 'edge-arrow'],
          [DANGER_ARROW, 'edge-arrow edge-arrow-danger'],
          [SELECTED_ARROW, 'edge-arrow edge-arrow-selected'],
        ].map(([id, className]) => (
          <marker
            key={id}
            id={id}
            className={className}
            viewBox="-10 -10 20 20"
            markerWidth="20"
            markerHeight="20"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
            refX="0"
            refY="0"
          >
            <polyline points={POINTS} strokeLinejoin="round" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
