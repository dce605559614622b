// @vitest-environment jsdom
// An edge's label is sized from its measured text, never read back from the page with getBBox (a forced layout
// per labelled edge each time blocks enter the canvas window): renderer/canvas/edges/EdgeLabel.tsx.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { Position } from '@xyflow/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExitEdge } from '../../../renderer/canvas/edges/ExitEdge';
import { LABEL_FONT_PX, labelSize } from '../../../renderer/canvas/edges/EdgeLabel';

let bboxReads = 0;
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has neither getBBox nor a 2D canvas: count the reads, and measure with the fallback estimate.
  (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => {
    bboxReads++;
    return { x: 0, y: 0, width: 40, height: 12 } as DOMRect;
  };
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
});
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function renderEdge(exit: string | undefined, sets?: string): Promise<SVGSVGElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const props = {
    id: 'a|next',
    source: 'a',
    target: 'b',
    sourceX: 0,
    sourceY: 0,
    targetX: 200,
    targetY: 100,
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
    data: exit ? { exit } : {},
    label: sets,
  } as unknown as Parameters<typeof ExitEdge>[0];
  await act(async () =>
    root.render(
      <svg>
        <ExitEdge {...props} />
      </svg>,
    ),
  );
  cleanup = () => {
    root.unmount();
    container.remove();
  };
  return container.querySelector('svg')!;
}

describe('edge labels', () => {
  it('show the exit and what it sets on a box sized from the text, without reading the page', async () => {
    bboxReads = 0;
    const svg = await renderEdge('Yes please', 'n = 1');
    const text = svg.querySelector('.react-flow__edge-textwrapper .react-flow__edge-text')!;
    expect(text.textContent).toBe('Yes please · n = 1');
    const { width, height } = labelSize('Yes please · n = 1');
    expect(width).toBeCloseTo('Yes please · n = 1'.length * LABEL_FONT_PX * 0.6);
    const box = svg.querySelector('.react-flow__edge-textbg')!;
    expect(Number(box.getAttribute('width'))).toBeCloseTo(width + 8);
    expect(Number(box.getAttribute('height'))).toBeCloseTo(height + 4);
    // Centred on the curve's midpoint (100, 50).
    expect(svg.querySelector('.react-flow__edge-textwrapper')!.getAttribute('transform')).toBe(
      `translate(${100 - width / 2} ${50 - height / 2})`,
    );
    expect(bboxReads).toBe(0);
  });

  it('an edge without a name or sets has no label', async () => {
    const svg = await renderEdge(undefined);
    expect(svg.querySelector('.react-flow__edge-path')).not.toBeNull();
    expect(svg.querySelector('.react-flow__edge-textwrapper')).toBeNull();
  });
});
