// The node component of every block type (one BlockNode for all); a module constant so React Flow
// never re-creates them.
import type { NodeTypes } from '@xyflow/react';
import { BLOCK_TYPES } from '../../engine/model';
import { BlockNode } from './nodes/BlockNode';

export const nodeTypes: NodeTypes = Object.fromEntries(BLOCK_TYPES.map((type) => [type, BlockNode]));
