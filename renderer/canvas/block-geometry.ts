// Preset node sizes and handle positions, so React Flow draws edges without measuring the DOM; the node
// components lay themselves out with the same constants.
import { Position, type NodeHandle } from '@xyflow/react';
import type { BlockDisplay } from './block-display';
import { TARGET_HANDLE } from './handle-ids';

export const NODE_WIDTH = 240;
export const HEADER_HEIGHT = 30;
export const LINE_HEIGHT = 18;
export const PORT_HEIGHT = 22;
export const PADDING = 8;
export const HANDLE_SIZE = 10;

export function portsTop(display: BlockDisplay): number {
  return HEADER_HEIGHT + PADDING + display.lines.length * LINE_HEIGHT + (display.lines.length ? PADDING : 0);
}

export function nodeHeight(display: BlockDisplay): number {
  return (
    portsTop(display) + display.ports.length * PORT_HEIGHT + (display.hasNext ? PORT_HEIGHT : 0) + PADDING
  );
}

/** Vertical centre of port `i` inside the node. */
export function portCentre(display: BlockDisplay, i: number): number {
  return portsTop(display) + i * PORT_HEIGHT + PORT_HEIGHT / 2;
}

export function nodeHandles(display: BlockDisplay): NodeHandle[] {
  const h = nodeHeight(display);
  const half = HANDLE_SIZE / 2;
  const handles: NodeHandle[] = [
    {
      id: TARGET_HANDLE,
      type: 'target',
      position: Position.Top,
      x: NODE_WIDTH / 2 - half,
      y: -half,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
  ];
  display.ports.forEach((port, i) =>
    handles.push({
      id: port.handleId,
      type: 'source',
      position: Position.Right,
      x: NODE_WIDTH - half,
      y: portCentre(display, i) - half,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    }),
  );
  if (display.hasNext)
    handles.push({
      id: 'next',
      type: 'source',
      position: Position.Bottom,
      x: NODE_WIDTH / 2 - half,
      y: h - half,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    });
  return handles;
}
