// The edge types the canvas hands React Flow: a module constant, so React Flow never re-creates them.
import type { EdgeTypes } from '@xyflow/react';
import { EXIT_EDGE } from './edge-paths';
import { ExitEdge } from './edges/ExitEdge';

export const edgeTypes: EdgeTypes = { [EXIT_EDGE]: ExitEdge };
