// The frame every block node shares: header, summary lines, one row and handle per port, the `next`
// handle at the bottom, and the diagnostics marker. Laid out with block-geometry's constants.
import { Handle, Position } from '@xyflow/react';
import { ArrowDown, ArrowUpRight, CircleExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import { StartFlag } from './StartFlag';
import type { ReactNode } from 'react';
import type { BlockDisplay } from '../block-display';
import { HEADER_HEIGHT, NODE_WIDTH, nodeHeight, portCentre, portsTop } from '../block-geometry';
import { TARGET_HANDLE } from '../handle-ids';
import type { NodeMarks } from './node-marks';
import { PortRow } from './PortRow';
import { BlockIcon, blockColorStyle } from '../../blocks/block-ui';

/** From this many blocks leading in, a block shows its counts on its input (a hub). */
export const HUB_MIN = 5;

/** Renders from its props only: what it shows from the store comes in `marks` (node-marks.ts). */
export function BlockFrame({
  display,
  marks,
  selected,
  incoming = 0,
  outgoing = 0,
  children,
}: {
  display: BlockDisplay;
  marks: NodeMarks;
  selected: boolean;
  /** Distinct blocks leading here, and exits leading on (edges within the flow). */
  incoming?: number;
  outgoing?: number;
  children?: ReactNode;
}) {
  const { severity, simulation, role } = marks;
  const height = nodeHeight(display);
  return (
    <div
      className={`block-node block-${display.type}${selected ? ' is-selected' : ''}${simulation}`}
      style={{ ...blockColorStyle(display.type), width: NODE_WIDTH, height }}
      data-testid={`block-${display.id}`}
      data-block-type={display.type}
    >
      <Handle type="target" position={Position.Top} id={TARGET_HANDLE} className="handle-in" />
      <StartFlag id={display.id} isStart={marks.isStart} />
      {incoming >= HUB_MIN && (
        <span
          className="hub-counts"
          data-testid={`hub-counts-${display.id}`}
          title={`${incoming} blocks lead here; ${outgoing} exit${outgoing === 1 ? '' : 's'} lead on`}
        >
          <ArrowDown aria-hidden />
          {incoming} · <ArrowUpRight aria-hidden />
          {outgoing}
        </span>
      )}
      <header className="block-header" style={{ height: HEADER_HEIGHT }}>
        <BlockIcon type={display.type} />
        <span className="block-title" title={display.id}>
          {display.title}
        </span>
        {role && (
          <span
            className="block-default"
            data-testid={`default-${display.id}`}
            title={`The project's ${role} block (set in Settings)`}
          >
            {role}
          </span>
        )}
        {display.nlp && (
          <span className="block-contexts" data-testid={`contexts-${display.id}`} title={display.nlp.long}>
            {display.nlp.short}
          </span>
        )}
        {marks.breakpoint && (
          <span
            className="block-breakpoint"
            data-testid={`breakpoint-${display.id}`}
            title="Breakpoint: the simulator stops before this block runs"
          />
        )}
        {severity && (
          <span
            className={`block-marker marker-${severity}`}
            data-testid={`marker-${display.id}`}
            title={`This block has ${severity}s: see Problems`}
          >
            {severity === 'error' ? (
              <CircleExclamationPoint aria-hidden />
            ) : (
              <TriangleExclamationPoint aria-hidden />
            )}
          </span>
        )}
      </header>
      {children}
      <div className="block-ports" style={{ top: portsTop(display) }}>
        {display.ports.map((port, i) => (
          <PortRow key={port.handleId} label={port.label} target={port.target} mark={marks.ports[i]} />
        ))}
        {display.hasNext && <PortRow label="next" target={display.next} mark={marks.next} isNext />}
      </div>
      {display.ports.map((port, i) => (
        <Handle
          key={port.handleId}
          type="source"
          position={Position.Right}
          id={port.handleId}
          className={`handle-port handle-${port.kind}`}
          style={{ top: portCentre(display, i) }}
          data-testid={`handle-${display.id}-${port.handleId}`}
        />
      ))}
      {display.hasNext && (
        <Handle
          type="source"
          position={Position.Bottom}
          id="next"
          className="handle-next"
          data-testid={`handle-${display.id}-next`}
          style={{ top: height }}
        />
      )}
    </div>
  );
}
