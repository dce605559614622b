// A block of any kind on the canvas: its summary lines in the shared block frame (BLOCK_UI says how).
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BlockNode as BlockNodeType } from '../visible-graph';
import { BLOCK_UI } from '../../blocks/block-ui';
import { BlockFrame } from './BlockFrame';
import { BlockLines } from './BlockLines';

export const BlockNode = memo(function BlockNode({ data, selected }: NodeProps<BlockNodeType>) {
  const extra = BLOCK_UI[data.display.type].linesClass;
  return (
    <BlockFrame display={data.display} selected={selected} incoming={data.incoming} outgoing={data.outgoing}>
      <BlockLines lines={data.display.lines} className={extra ? `block-lines ${extra}` : 'block-lines'} />
    </BlockFrame>
  );
});
