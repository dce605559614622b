// The node component of every block type (one BlockNode for all), and the simple node of the zoomed-out
// level of detail; a module constant so React Flow never re-creates them.
import type { NodeTypes } from '@xyflow/react';
import { BLOCK_TYPES } from '../../engine/model';
import { BlockNode } from './nodes/BlockNode';
import { SimpleNode } from './nodes/SimpleNode';
import { SIMPLE_NODE } from './visible-graph';

export const nodeTypes: NodeTypes = {
  ...Object.fromEntries(BLOCK_TYPES.map((type) => [type, BlockNode])),
  [SIMPLE_NODE]: SimpleNode,
};
