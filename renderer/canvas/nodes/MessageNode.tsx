// The message block on the canvas: its summary lines in the shared block frame.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BlockNode } from '../visible-graph';
import { BlockFrame } from './BlockFrame';
import { BlockLines } from './BlockLines';

export const MessageNode = memo(function MessageNode({ data, selected }: NodeProps<BlockNode>) {
  return (
    <BlockFrame display={data.display} selected={selected}>
      <BlockLines lines={data.display.lines} className="block-lines" />
    </BlockFrame>
  );
});
