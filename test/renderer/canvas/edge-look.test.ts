// Edges read well: an arrowhead at the input (red for error exits), the exit's name on button and rule
// edges, only the input end draggable; a loop back to the same block goes around it; block nodes have
// node type names of their own, never React Flow's built-in ones.
import { describe, expect, it } from 'vitest';
import { BLOCK_TYPES } from '../../../engine/model';
import { NODE_WIDTH } from '../../../renderer/canvas/block-geometry';
import { edgeLabel, LOOP_GAP, selfLoopPath } from '../../../renderer/canvas/edge-paths';
import { ARROW, DANGER_ARROW, SELECTED_ARROW, flowGraph } from '../../../renderer/canvas/flow-graph';
import { blockNodeTypes, canvasNodeTypes } from '../../../renderer/canvas/node-types';
import { visibleGraph } from '../../../renderer/canvas/visible-graph';
import { api, buttons, cmp, goto, input, jump, message, rule } from '../../builders';

const graph = () =>
  flowGraph({
    id: 'main',
    name: 'Main',
    blocks: [
      message('m', { messages: [buttons('Pick', [jump('Yes please', 'g'), jump('No', 'm')])] }),
      goto('g', { rules: [rule(cmp('age', 'gte', 18), 'c')], else: 'm' }),
      api('c', { onError: 'm', position: { x: 0, y: 400 } }),
      input('i', { position: { x: 600, y: 0 }, next: 'i' }),
    ],
  });

describe('edges', () => {
  it('draw an arrowhead at the input, red on error exits, and move only at their input end', () => {
    const edges = [...graph().outgoing.values()].flat();
    expect(edges.every((e) => e.type === 'exit' && e.reconnectable === 'target')).toBe(true);
    expect(edges.find((e) => e.id === 'c|onError')!.markerEnd).toBe(DANGER_ARROW);
    expect(edges.find((e) => e.id === 'g|else')!.markerEnd).toBe(ARROW);
  });

  it('take the accent arrowhead while selected', () => {
    const view = visibleGraph({
      graph: graph(),
      range: { x0: -2, y0: -2, x1: 4, y1: 4 },
      selected: new Set(),
      dragPositions: new Map(),
      selectedEdge: 'g|else',
    });
    expect(view.edges.find((e) => e.id === 'g|else')).toMatchObject({
      selected: true,
      markerEnd: SELECTED_ARROW,
    });
    expect(view.edges.find((e) => e.id === 'c|onError')!.markerEnd).toBe(DANGER_ARROW);
  });

  it('name the button or rule they leave from, and leave else and error exits unnamed', () => {
    const edges = [...graph().outgoing.values()].flat();
    const named = Object.fromEntries(
      edges.map((e) => [e.id, (e.data as { exit?: string } | undefined)?.exit]),
    );
    expect(Object.values(named).filter(Boolean)).toEqual(['Yes please', 'No', 'age is at least 18']);
    expect(named['g|else']).toBeUndefined();
    expect(named['c|onError']).toBeUndefined();
  });

  it('label an exit with its name, then its sets, shortening long names', () => {
    expect(edgeLabel('Yes', 'n = 1')).toBe('Yes · n = 1');
    expect(edgeLabel(undefined, 'n = 1')).toBe('n = 1');
    expect(edgeLabel('A very long button title indeed', undefined)).toBe('A very long button titl…');
    expect(edgeLabel(undefined, undefined)).toBeUndefined();
  });
});

describe('a loop back to the same block', () => {
  const top = { x: 120, y: 0 };
  const points = (d: string) =>
    [...d.matchAll(/(-?\d+) (-?\d+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

  it('leaves a right-hand exit, passes beside and above the block, and ends at its input', () => {
    const { d } = selfLoopPath({ x: 240, y: 80 }, top, 'right');
    const ps = points(d);
    expect(ps[0]).toEqual({ x: 240, y: 80 });
    expect(ps.at(-1)).toEqual(top);
    // Every point between the ends is outside the card (x beyond its right side or y above its top).
    for (const p of ps.slice(1, -1)) expect(p.x > NODE_WIDTH || p.y < 0).toBe(true);
    expect(Math.max(...ps.map((p) => p.x))).toBe(NODE_WIDTH + LOOP_GAP);
  });

  it('from the bottom exit goes down, around the right side and over the top', () => {
    const { d } = selfLoopPath({ x: 120, y: 100 }, top, 'bottom');
    const ps = points(d);
    expect(Math.max(...ps.map((p) => p.y))).toBe(100 + LOOP_GAP);
    for (const p of ps.slice(2, -1)) expect(p.x > NODE_WIDTH || p.y < 0 || p.y > 100).toBe(true);
  });

  it('is drawn around the block in the zoomed-out edge layer too', () => {
    const g = graph();
    const loop = g.outgoing.get('i')!.find((e) => e.target === 'i')!;
    expect(loop.source).toBe('i');
    const view = visibleGraph({
      graph: g,
      range: { x0: -2, y0: -2, x1: 4, y1: 4 },
      selected: new Set(),
      dragPositions: new Map(),
      selectedEdge: null,
      level: 'simple',
    });
    expect(view.layerEdges.some((e) => e.id === loop.id)).toBe(true);
  });
});

describe('node types', () => {
  it('gives every block kind a node type name clear of React Flow’s input, output, default and group', () => {
    const names = Object.values(blockNodeTypes);
    expect(new Set(names).size).toBe(BLOCK_TYPES.length);
    for (const name of names) expect(['input', 'output', 'default', 'group']).not.toContain(name);
    expect(blockNodeTypes.input).toBe('block-input');
    for (const name of names) expect(canvasNodeTypes[name]).toBeDefined();
  });

  it('hands React Flow the User input block under its own node type', () => {
    const view = visibleGraph({
      graph: graph(),
      range: { x0: -2, y0: -2, x1: 4, y1: 4 },
      selected: new Set(),
      dragPositions: new Map(),
      selectedEdge: null,
    });
    expect(view.nodes.find((n) => n.id === 'i')!.type).toBe('block-input');
  });
});
