// The node component of every block type (one BlockNode for all), the simple node of the zoomed-out level
// of detail, and those of notes and frames; module constants so React Flow never re-creates them.
import type { NodeTypes } from '@xyflow/react';
import { BLOCK_TYPES } from '../../engine/model';
import { BlockNode } from './nodes/BlockNode';
import { SimpleNode } from './nodes/SimpleNode';
import { SIMPLE_NODE } from './visible-graph';
import { FrameNode, NoteNode } from './annotations/AnnotationNodes';
import { FRAME_NODE_TYPE, NOTE_NODE_TYPE } from './annotations/annotation-window';

/** One node type per block kind (a per-kind table: test/architecture/block-kind-tables.test.ts). */
export const blockNodeTypes: NodeTypes = Object.fromEntries(BLOCK_TYPES.map((type) => [type, BlockNode]));

export const nodeTypes: NodeTypes = {
  ...blockNodeTypes,
  [SIMPLE_NODE]: SimpleNode,
};

/** What the canvas hands React Flow: the block kinds' node types, then the note's and the frame's. */
export const canvasNodeTypes: NodeTypes = {
  ...nodeTypes,
  [NOTE_NODE_TYPE]: NoteNode,
  [FRAME_NODE_TYPE]: FrameNode,
};
