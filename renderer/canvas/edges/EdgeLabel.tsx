// An edge's label (an exit's name, the variables a transition sets) on its background box, sized from the text's
// measured width instead of React Flow's EdgeText, which reads each label's getBBox() after it mounts: a forced
// layout per labelled edge, and a second render, every time blocks enter the canvas window (about 2.6 ms of a
// follow-the-bot turn that moves the view). The DOM and class names are EdgeText's, so canvas.css styles both.
import { memo } from 'react';

/** The label's font size in px (canvas.css `.react-flow__edge-text`). */
export const LABEL_FONT_PX = 11;
const PAD_X = 4;
const PAD_Y = 2;
/** Used where no 2D canvas can measure (jsdom): an average glyph width and a line's height. */
const FALLBACK_GLYPH = LABEL_FONT_PX * 0.6;
const FALLBACK_HEIGHT = Math.round(LABEL_FONT_PX * 1.2);
const MAX_REMEMBERED = 5_000;

let measurer: CanvasRenderingContext2D | null | undefined;
const sizes = new Map<string, { width: number; height: number }>();

/**
 * The label's text box in px, measured once per text with a 2D canvas in the label's font (measureText lays
 * nothing out); an estimate where there is no canvas.
 */
export function labelSize(text: string): { width: number; height: number } {
  const known = sizes.get(text);
  if (known) return known;
  if (measurer === undefined) {
    measurer = document.createElement('canvas').getContext('2d');
    if (measurer) {
      const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
      measurer.font = `${LABEL_FONT_PX}px ${family}`;
    }
  }
  let size = { width: text.length * FALLBACK_GLYPH, height: FALLBACK_HEIGHT };
  if (measurer) {
    const m = measurer.measureText(text);
    const height = (m.fontBoundingBoxAscent ?? 0) + (m.fontBoundingBoxDescent ?? 0);
    size = { width: m.width, height: height > 0 ? height : FALLBACK_HEIGHT };
  }
  if (sizes.size >= MAX_REMEMBERED) sizes.clear();
  sizes.set(text, size);
  return size;
}

/** The label centred on (x, y), on a rounded box with the same padding EdgeText had. */
export const EdgeLabel = memo(function EdgeLabel({ x, y, text }: { x: number; y: number; text: string }) {
  const { width, height } = labelSize(text);
  return (
    <g className="react-flow__edge-textwrapper" transform={`translate(${x - width / 2} ${y - height / 2})`}>
      <rect
        className="react-flow__edge-textbg"
        x={-PAD_X}
        y={-PAD_Y}
        width={width + 2 * PAD_X}
        height={height + 2 * PAD_Y}
        rx={4}
        ry={4}
      />
      <text className="react-flow__edge-text" y={height / 2} dy="0.3em">
        {text}
      </text>
    </g>
  );
});
