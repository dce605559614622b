// The node type name React Flow gets for each block kind: `block-<kind>`, never the kind itself. React Flow
// has built-in node types named `input`, `output`, `default` and `group` and styles their wrappers
// (`.react-flow__node-input`: a bordered, padded 150 px box behind the card); a kind called `input` used to
// get that frame, offset behind the User input card. A prefix keeps every kind clear of those names.
import type { BlockType } from '../../engine/model';

export type BlockNodeType = `block-${BlockType}`;

export const blockNodeType = (type: BlockType): BlockNodeType => `block-${type}`;
