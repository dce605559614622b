// The frame every block node shares: header, summary lines, one row and handle per port, the `next`
// handle at the bottom, and the diagnostics marker. Laid out with block-geometry's constants.
import { OFFLOADING_BLOCK_KEYS, OFFLOADING_BLOCK_LABELS } from '../../../engine/model';
import { Handle, Position } from '@xyflow/react';
import { ArrowDown, ArrowUpRight, CircleExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import { StartFlag } from './StartFlag';
import type { ReactNode } from 'react';
import type { BlockDisplay } from '../block-display';
import { HEADER_HEIGHT, NODE_WIDTH, nodeHeight, portCentre, portsTop } from '../block-geometry';
import { TARGET_HANDLE } from '../handle-ids';
import { useProject, type ProjectState } from '../../state/project-store';
import { PortRow } from './PortRow';
import { BlockIcon, blockColorStyle } from '../../blocks/block-ui';

/** The simulator's marks on a block: running or paused here, visited, breakpoint, test coverage (one string, so nodes re-render only when it changes). */
function simulationClass(s: ProjectState, id: string): string {
  let c = '';
  if (s.simCurrent === id) c += s.simState?.status === 'paused' ? ' sim-paused' : ' sim-current';
  else if (s.simVisited.has(id)) c += ' sim-visited';
  if (s.breakpoints.has(id)) c += ' has-breakpoint';
  const covered = s.coverageOverlay?.get(id);
  if (covered !== undefined) c += covered ? ' coverage-hit' : ' coverage-miss';
  return c;
}

/** The Chatlayer default block this block is, if any: Introduction, Not understood, Error occurred, Offloading …. */
function defaultRole(s: ProjectState, id: string): string | undefined {
  const { startBlock, fallbackBlock, errorBlock } = s.project;
  const roles = [
    startBlock === id && 'Introduction',
    fallbackBlock === id && 'Not understood',
    errorBlock === id && 'Error occurred',
    ...OFFLOADING_BLOCK_KEYS.map((key) => s.project[key] === id && OFFLOADING_BLOCK_LABELS[key]),
  ].filter(Boolean);
  return roles.length ? roles.join(', ') : undefined;
}

/**
 * The block's NLP link in a few characters (`yes · ?confirm · +dessert·1`) and in words for the tooltip, as one
 * string so the node re-renders only when it changes; empty when the block has no intent link and no contexts.
 */
function nlpBadge(s: ProjectState, id: string): string {
  const block = s.block(id);
  if (!block) return '';
  const input = (block.contexts?.input ?? []).filter((n) => n !== '');
  const output = (block.contexts?.output ?? []).filter((o) => o.name !== '');
  if (!block.intent && !input.length && !output.length) return '';
  const short = [
    ...(block.intent ? [`#${block.intent}`] : []),
    ...input.map((n) => `?${n}`),
    ...output.map((o) => `+${o.name}·${o.lifespan}`),
  ].join(' ');
  const long = [
    block.intent && `Intent ${block.intent} leads here.`,
    input.length > 0 && `Requires the contexts ${input.join(', ')}.`,
    output.length > 0 &&
      `Sets ${output.map((o) => `${o.name} for ${o.lifespan} user turn${o.lifespan === 1 ? '' : 's'}`).join(', ')}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return `${short}\n${long}`;
}
/** From this many blocks leading in, a block shows its counts on its input (a hub). */
export const HUB_MIN = 5;

export function BlockFrame({
  display,
  selected,
  incoming = 0,
  outgoing = 0,
  children,
}: {
  display: BlockDisplay;
  selected: boolean;
  /** Distinct blocks leading here, and exits leading on (edges within the flow). */
  incoming?: number;
  outgoing?: number;
  children?: ReactNode;
}) {
  const severity = useProject((s) => s.blockSeverity.get(display.id));
  const simulation = useProject((s) => simulationClass(s, display.id));
  const role = useProject((s) => defaultRole(s, display.id));
  const [nlpShort, nlpLong] = useProject((s) => nlpBadge(s, display.id)).split('\n');
  const height = nodeHeight(display);
  return (
    <div
      className={`block-node block-${display.type}${selected ? ' is-selected' : ''}${simulation}`}
      style={{ ...blockColorStyle(display.type), width: NODE_WIDTH, height }}
      data-testid={`block-${display.id}`}
      data-block-type={display.type}
    >
      <Handle type="target" position={Position.Top} id={TARGET_HANDLE} className="handle-in" />
      <StartFlag id={display.id} />
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
        {nlpShort && (
          <span className="block-contexts" data-testid={`contexts-${display.id}`} title={nlpLong}>
            {nlpShort}
          </span>
        )}
        {simulation.includes('has-breakpoint') && (
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
        {display.ports.map((port) => (
          <PortRow key={port.handleId} port={port} />
        ))}
        {display.hasNext && (
          <PortRow port={{ handleId: 'next', kind: 'else', label: 'next', target: display.next }} isNext />
        )}
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
