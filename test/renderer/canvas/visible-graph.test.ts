import { describe, expect, it } from 'vitest';
import { flowGraph } from '../../../renderer/canvas/flow-graph';
import { visibleGraph } from '../../../renderer/canvas/visible-graph';
import { cellRange } from '../../../renderer/canvas/spatial-index';
import { blockDisplay } from '../../../renderer/canvas/block-display';
import { nodeHandles, nodeHeight } from '../../../renderer/canvas/block-geometry';
import { gridProject } from '../fixtures';
import type { Block } from '../../../engine/model';

const big = gridProject(5000);
const graph = flowGraph(big.flows[0]!);
const input = (x: number, y: number, zoom: number, more = {}) => ({
  graph,
  range: cellRange({ x, y, width: 1280 / zoom, height: 800 / zoom }),
  selected: new Set<string>(),
  dragPositions: new Map(),
  selectedEdge: null,
  ...more,
});

describe('the visible window of a flow', () => {
  it('hands React Flow only the blocks near the viewport of a 5,000-block flow (≤ 150 at zoom 0.5)', () => {
    const atOne = visibleGraph(input(3000, 2000, 1));
    const atHalf = visibleGraph(input(3000, 2000, 0.5));
    expect(atOne.nodes.length).toBeGreaterThan(10);
    expect(atHalf.nodes.length).toBeLessThanOrEqual(150);
    expect(atHalf.nodes.length).toBeGreaterThan(atOne.nodes.length);
  });

  it('never adds the far ends of the visible blocks’ edges: those edges are stubs towards them', () => {
    const { nodes, edges, stubs } = visibleGraph(input(0, 0, 1));
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // b0…b4 are in the top-left cells; b4 → b5 leaves them, so b5 is not mounted and the edge is a stub.
    expect(ids.has('b4')).toBe(true);
    expect(ids.has('b5')).toBe(false);
    expect(stubs.find((s) => s.blockId === 'b4' && s.farId === 'b5')?.direction).toBe('out');
  });

  it('reuses node objects across recomputations, and renews only the ones selected or dragged', () => {
    const first = visibleGraph(input(0, 0, 1));
    const second = visibleGraph(
      input(0, 0, 1, { selected: new Set(['b1']), dragPositions: new Map([['b2', { x: 5, y: 5 }]]) }),
    );
    const byId = (list: typeof first.nodes) => new Map(list.map((n) => [n.id, n]));
    const a = byId(first.nodes);
    const b = byId(second.nodes);
    expect(b.get('b0')).toBe(a.get('b0'));
    expect(b.get('b1')).not.toBe(a.get('b1'));
    expect(b.get('b1')!.selected).toBe(true);
    expect(b.get('b2')!.position).toEqual({ x: 5, y: 5 });
    expect(b.get('b1')!.data).toBe(a.get('b1')!.data);
  });

  it('presets every node’s size and a handle per reference slot', () => {
    const menu: Block = {
      id: 'menu',
      type: 'message',
      messages: [
        {
          kind: 'buttons',
          text: 'Pick',
          buttons: [
            { title: 'A', goTo: 'a' },
            { title: 'Docs', url: 'https://x' },
            { title: 'B', goTo: 'b' },
          ],
        },
      ],
      next: 'a',
    };
    const display = blockDisplay(menu);
    expect(display.ports.map((p) => [p.label, p.handleId])).toEqual([
      ['A', 'messages.0.buttons.0.goTo'],
      ['B', 'messages.0.buttons.2.goTo'],
    ]);
    expect(nodeHandles(display).map((h) => h.id)).toEqual([
      'in',
      'messages.0.buttons.0.goTo',
      'messages.0.buttons.2.goTo',
      'next',
    ]);
    expect(nodeHeight(display)).toBeGreaterThan(60);
    const route = blockDisplay({
      id: 'r',
      type: 'goto',
      rules: [{ when: { var: 'age', op: 'gte', value: 18 }, goTo: 'adult' }],
      else: 'child',
    });
    expect(route.ports.map((p) => p.label)).toEqual(['age is at least 18', 'else']);
    expect(route.hasNext).toBe(false);
  });
});
