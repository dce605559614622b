// The edge of a block's exit: a curve with an arrowhead at the input, the exit's name (button, rule) and
// the variables it sets as its label; a loop back to the same block goes around the card
// (edge-paths.ts), never through it. The label is drawn by EdgeLabel (measured, not read back from the page).
import { BaseEdge, getBezierPath, Position, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { edgeLabel, selfLoopPath, type EXIT_EDGE } from '../edge-paths';
import { EdgeLabel } from './EdgeLabel';

export type ExitEdgeData = { exit?: string };
export type ExitEdgeType = Edge<ExitEdgeData, typeof EXIT_EDGE>;

export const ExitEdge = memo(function ExitEdge(props: EdgeProps<ExitEdgeType>) {
  const { source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (source === target) {
    const side = sourcePosition === Position.Bottom ? 'bottom' : 'right';
    const loop = selfLoopPath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, side);
    path = loop.d;
    labelX = loop.label.x;
    labelY = loop.label.y;
  } else {
    [path, labelX, labelY] = getBezierPath({
      sourceX,
      sourceY,
      sourcePosition,
      targetX,
      targetY,
      targetPosition,
    });
  }
  const label = edgeLabel(props.data?.exit, typeof props.label === 'string' ? props.label : undefined);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        style={props.style}
        interactionWidth={props.interactionWidth}
      />
      {label && <EdgeLabel x={labelX} y={labelY} text={label} />}
    </>
  );
});
