// One memoised node component per block type; a module constant so React Flow never re-creates them.
import type { NodeTypes } from '@xyflow/react';
import { ApiNode } from './nodes/ApiNode';
import { CodeNode } from './nodes/CodeNode';
import { GotoNode } from './nodes/GotoNode';
import { InputNode } from './nodes/InputNode';
import { MessageNode } from './nodes/MessageNode';

export const nodeTypes: NodeTypes = {
  message: MessageNode,
  input: InputNode,
  goto: GotoNode,
  api: ApiNode,
  code: CodeNode,
};
