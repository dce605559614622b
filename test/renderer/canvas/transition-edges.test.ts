// Edges of exits that set variables carry a label: the first `variable = value`, then how many more.
import { describe, expect, it } from 'vitest';
import { flowGraph, setsLabel } from '../../../renderer/canvas/flow-graph';
import { goto, message } from '../../builders';

describe('edges of exits that set variables', () => {
  it('labels next, rule and else edges with their sets, and leaves the others bare', () => {
    const blocks = [
      message('a', { text: 'A', next: 'g', nextSet: [{ variable: 'seen', value: true }] }),
      goto('g', {
        rules: [
          { when: { var: 'n', op: 'exists' }, goTo: 'a', set: [{ variable: 'n', value: 0 }] },
          { when: { var: 'm', op: 'exists' }, goTo: 'b' },
        ],
        else: 'b',
        elseSet: [
          { variable: 'n', value: '{n|increment}' },
          { variable: 'back', value: '{internal.previousDialogstate.id}' },
        ],
      }),
      message('b', { text: 'B' }),
    ];
    const graph = flowGraph({ id: 'main', name: 'Main', blocks });
    const labels = [...graph.outgoing.values()].flat().map((e) => [e.id, e.label, e.className]);
    expect(labels).toEqual([
      ['a|next', 'seen = true', 'edge-next edge-sets'],
      [expect.stringMatching(/^g\|/), 'n = 0', 'edge-rule edge-sets'],
      [expect.stringMatching(/^g\|/), undefined, 'edge-rule'],
      ['g|else', 'n = {n|increment} (+1)', 'edge-else edge-sets'],
    ]);
  });

  it('shortens a long first set', () => {
    expect(setsLabel([{ variable: 'order.summary', value: 'a very long template {order.lines}' }])).toBe(
      'order.summary = a very long tem…',
    );
  });
});
