// One outgoing slot of a block: its label, and, when it jumps to another flow, a link you can follow
// (named by the flow's and the block's names; the ids are in its tooltip).
import { ExternalLink, Unlink } from 'lucide-react';
import { projectBlockNames } from '../../blocks/block-names';
import { useProject, useProjectStore } from '../../state/project-store';
import { PORT_HEIGHT } from '../block-geometry';
import type { BlockPort } from '../block-display';

export function PortRow({ port, isNext }: { port: BlockPort; isNext?: boolean }) {
  const target = port.target;
  const targetFlow = useProject((s) => (target ? s.flowOfBlock.get(target) : undefined));
  const activeFlow = useProject((s) => s.activeFlow);
  const store = useProjectStore();
  const crossFlow = target !== undefined && targetFlow !== undefined && targetFlow !== activeFlow;
  const flowName = useProject((s) =>
    crossFlow ? (s.project.flows.find((f) => f.id === targetFlow)?.name ?? targetFlow) : undefined,
  );
  const targetName = useProject((s) => (crossFlow ? projectBlockNames(s.project).title(target) : undefined));
  const missing = target !== undefined && targetFlow === undefined;
  return (
    <div className={`port-row${isNext ? ' port-next' : ''}`} style={{ height: PORT_HEIGHT }}>
      <span className="port-label">{port.label}</span>
      {crossFlow && (
        <button
          className="port-link nodrag"
          title={`Go to ${target} in flow ${targetFlow}`}
          data-testid={`follow-${target}`}
          onClick={(e) => {
            e.stopPropagation();
            store.getState().focusBlock(target);
          }}
        >
          <ExternalLink aria-hidden /> {flowName}/{targetName}
        </button>
      )}
      {missing && (
        <span className="port-missing" title={`No block "${target}"`}>
          <Unlink aria-hidden /> {target}
        </span>
      )}
    </div>
  );
}
