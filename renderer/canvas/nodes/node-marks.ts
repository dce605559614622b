// What a block node shows from the project store besides its display (docs/architecture.md#the-canvas-window):
// the simulator's marks, its problems, its default-block role, the in-place editor, and where its ports lead
// out of the flow. Read through one store subscription per node whose selector recomputes only when one of
// the slices it reads changes, and returns the same object while the marks are equal: a store change that
// touches none of them (following the bot reveals a block on every turn) costs a few comparisons per node,
// and a mounting node subscribes once instead of once per marker and per port.
import { OFFLOADING_BLOCK_KEYS, OFFLOADING_BLOCK_LABELS } from '../../../engine/model';
import type { Diagnostic } from '../../../engine/validate';
import { useMemo } from 'react';
import { projectBlockNames } from '../../blocks/block-names';
import { useProject, type ProjectState } from '../../state/project-store';
import type { BlockDisplay } from '../block-display';

/** A port leading to a block of another flow (a link you can follow), or to no block at all. */
export type PortMark = { flowId: string; flowName: string; targetName: string } | 'missing' | undefined;

export interface NodeMarks {
  /** Class names: running or paused here, visited, breakpoint, test coverage (each with a leading space). */
  simulation: string;
  breakpoint: boolean;
  severity: Diagnostic['severity'] | undefined;
  /** The Chatlayer default block this block is (Introduction, Not understood …), if any. */
  role: string | undefined;
  isStart: boolean;
  /** Its first text is being edited on the card. */
  editing: boolean;
  /** One per port of the display, in order. */
  ports: readonly PortMark[];
  /** The `next` row's. */
  next: PortMark;
}

function simulationClass(s: ProjectState, id: string): string {
  let c = '';
  if (s.simCurrent === id) c += s.simState?.status === 'paused' ? ' sim-paused' : ' sim-current';
  else if (s.simVisited.has(id)) c += ' sim-visited';
  if (s.breakpoints.has(id)) c += ' has-breakpoint';
  const covered = s.coverageOverlay?.get(id);
  if (covered !== undefined) c += covered ? ' coverage-hit' : ' coverage-miss';
  return c;
}

function defaultRole(s: ProjectState, id: string): string | undefined {
  const { startBlock, fallbackBlock, errorBlock } = s.project;
  const roles = [
    startBlock === id && 'Introduction',
    fallbackBlock === id && 'Not understood',
    errorBlock === id && 'Error occurred',
    ...OFFLOADING_BLOCK_KEYS.map((key) => s.project[key] === id && OFFLOADING_BLOCK_LABELS[key]),
  ].filter(Boolean);
  return roles.length ? roles.join(', ') : undefined;
}

/** Undefined for a port to this flow's blocks (the common case: nothing to read but two map lookups). */
function portMark(s: ProjectState, target: string | undefined): PortMark {
  if (target === undefined) return undefined;
  const flowId = s.flowOfBlock.get(target);
  if (flowId === undefined) return 'missing';
  if (flowId === s.activeFlow) return undefined;
  return {
    flowId,
    flowName: s.project.flows.find((f) => f.id === flowId)?.name ?? flowId,
    targetName: projectBlockNames(s.project).title(target),
  };
}

const samePort = (a: PortMark, b: PortMark) =>
  a === b ||
  (typeof a === 'object' &&
    typeof b === 'object' &&
    a.flowId === b.flowId &&
    a.flowName === b.flowName &&
    a.targetName === b.targetName);

function sameMarks(a: NodeMarks, b: NodeMarks): boolean {
  return (
    a.simulation === b.simulation &&
    a.severity === b.severity &&
    a.role === b.role &&
    a.isStart === b.isStart &&
    a.editing === b.editing &&
    samePort(a.next, b.next) &&
    a.ports.length === b.ports.length &&
    a.ports.every((p, i) => samePort(p, b.ports[i]))
  );
}

/** The slices the marks are computed from; the simulator's status only as far as paused or not. */
const INPUTS: ((s: ProjectState) => unknown)[] = [
  (s) => s.simCurrent,
  (s) => s.simState?.status === 'paused',
  (s) => s.simVisited,
  (s) => s.breakpoints,
  (s) => s.coverageOverlay,
  (s) => s.blockSeverity,
  (s) => s.project,
  (s) => s.inlineEdit,
  (s) => s.flowOfBlock,
  (s) => s.activeFlow,
];

/** A selector of one node's marks: the previous object while its inputs are the same objects or its marks equal. */
export function nodeMarksSelector(display: BlockDisplay): (s: ProjectState) => NodeMarks {
  const id = display.id;
  const seen: unknown[] = INPUTS.map(() => undefined);
  let marks: NodeMarks | undefined;
  return (s) => {
    let changed = marks === undefined;
    for (let i = 0; i < INPUTS.length; i++) {
      const value = INPUTS[i]!(s);
      if (value !== seen[i]) {
        seen[i] = value;
        changed = true;
      }
    }
    if (!changed) return marks!;
    const simulation = simulationClass(s, id);
    const next: NodeMarks = {
      simulation,
      breakpoint: s.breakpoints.has(id),
      severity: s.blockSeverity.get(id),
      role: defaultRole(s, id),
      isStart: s.project.startBlock === id,
      editing: s.inlineEdit === id,
      ports: display.ports.map((p) => portMark(s, p.target)),
      next: display.hasNext ? portMark(s, display.next) : undefined,
    };
    if (!marks || !sameMarks(marks, next)) marks = next;
    return marks;
  };
}

/** The node's marks, through one store subscription (a new selector only with a new display). */
export function useNodeMarks(display: BlockDisplay): NodeMarks {
  return useProject(useMemo(() => nodeMarksSelector(display), [display]));
}
