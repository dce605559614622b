// A block of any kind on the canvas: its summary lines in the shared block frame (BLOCK_UI says how), or,
// while a double-click edits its first text, that text's in-place editor over them. What it shows from the
// store comes through one subscription (node-marks.ts), so mounting it and keeping it mounted stay cheap.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BlockNode as BlockNodeType } from '../visible-graph';
import { BLOCK_UI } from '../../blocks/block-ui';
import { useNodeMarks } from './node-marks';
import { BlockFrame } from './BlockFrame';
import { BlockLines } from './BlockLines';
import { InlineTextEditor } from './InlineTextEditor';

export const BlockNode = memo(function BlockNode({ data, selected }: NodeProps<BlockNodeType>) {
  const extra = BLOCK_UI[data.display.type].linesClass;
  const marks = useNodeMarks(data.display);
  return (
    <BlockFrame
      display={data.display}
      marks={marks}
      selected={selected}
      incoming={data.incoming}
      outgoing={data.outgoing}
    >
      <BlockLines lines={data.display.lines} className={extra ? `block-lines ${extra}` : 'block-lines'} />
      {marks.editing && <InlineTextEditor blockId={data.display.id} />}
    </BlockFrame>
  );
});
