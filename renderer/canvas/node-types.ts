// The node component of every block type (one BlockNode for all), the simple node of the zoomed-out level
// of detail, and those of notes and frames; module constants so React Flow never re-creates them.
import type { NodeTypes } from '@xyflow/react';
import { BLOCK_TYPES, type BlockType } from '../../engine/model';
import { BlockNode } from './nodes/BlockNode';
import { SimpleNode } from './nodes/SimpleNode';
import { SIMPLE_NODE } from './visible-graph';
import { FrameNode, NoteNode } from './annotations/AnnotationNodes';
import { FRAME_NODE_TYPE, NOTE_NODE_TYPE } from './annotations/annotation-window';
import { blockNodeType, type BlockNodeType } from './node-type-names';

/**
 * Each kind's node type name (node-type-names.ts: `block-<kind>`, clear of React Flow's built-in `input`,
 * `output`, `default` and `group`); a per-kind table: test/architecture/block-kind-tables.test.ts.
 */
export const blockNodeTypes = Object.fromEntries(BLOCK_TYPES.map((type) => [type, blockNodeType(type)])) as {
  [K in BlockType]: BlockNodeType;
};

export const nodeTypes: NodeTypes = {
  ...Object.fromEntries(Object.values(blockNodeTypes).map((name) => [name, BlockNode])),
  [SIMPLE_NODE]: SimpleNode,
};

/** What the canvas hands React Flow: the block kinds' node types, then the note's and the frame's. */
export const canvasNodeTypes: NodeTypes = {
  ...nodeTypes,
  [NOTE_NODE_TYPE]: NoteNode,
  [FRAME_NODE_TYPE]: FrameNode,
};
