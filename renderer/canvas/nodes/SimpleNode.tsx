// A block at the simple level of detail (zoomed out): one coloured element with its name (and the start
// flag on the start block); no handles, rows or other markers, so hundreds of them stay cheap to mount and pan.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BlockNode } from '../visible-graph';
import { NODE_WIDTH, nodeHeight } from '../block-geometry';
import { BLOCK_UI } from '../../blocks/block-ui';
import { StartFlag } from './StartFlag';
import { useProject } from '../../state/project-store';

export const SimpleNode = memo(function SimpleNode({ data, selected }: NodeProps<BlockNode>) {
  const { display } = data;
  const isStart = useProject((s) => s.project.startBlock === display.id);
  return (
    <>
      <StartFlag id={display.id} isStart={isStart} />
      <div
        className={`block-simple${selected ? ' is-selected' : ''}`}
        style={{ background: BLOCK_UI[display.type].color, width: NODE_WIDTH, height: nodeHeight(display) }}
        data-testid={`block-${display.id}`}
        data-block-type={display.type}
        title={display.title}
      >
        {display.title}
      </div>
    </>
  );
});
