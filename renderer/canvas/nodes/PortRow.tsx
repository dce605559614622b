// One outgoing slot of a block: its label, and, when it jumps to another flow, a link you can follow
// (named by the flow's and the block's names; the ids are in its tooltip). Where it leads comes from the
// node's marks (node-marks.ts): a row subscribes to nothing.
import { ExternalLink, Unlink } from 'lucide-react';
import { useProjectStore } from '../../state/project-store';
import { PORT_HEIGHT } from '../block-geometry';
import type { PortMark } from './node-marks';

export function PortRow({
  label,
  target,
  mark,
  isNext,
}: {
  label: string;
  target: string | undefined;
  mark: PortMark;
  isNext?: boolean;
}) {
  const store = useProjectStore();
  return (
    <div className={`port-row${isNext ? ' port-next' : ''}`} style={{ height: PORT_HEIGHT }}>
      <span className="port-label">{label}</span>
      {typeof mark === 'object' && target !== undefined && (
        <button
          className="port-link nodrag"
          title={`Go to ${target} in flow ${mark.flowId}`}
          data-testid={`follow-${target}`}
          onClick={(e) => {
            e.stopPropagation();
            store.getState().focusBlock(target);
          }}
        >
          <ExternalLink aria-hidden /> {mark.flowName}/{mark.targetName}
        </button>
      )}
      {mark === 'missing' && (
        <span className="port-missing" title={`No block "${target}"`}>
          <Unlink aria-hidden /> {target}
        </span>
      )}
    </div>
  );
}
