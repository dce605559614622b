// What the app shows of an event block: its node summary, and the timeline line of a triggered entry.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../engine/model';
import { BLOCK_UI } from '../../../renderer/blocks/block-ui';
import { SHORTCUTS } from '../../../renderer/canvas/shortcuts';
import { traceSummary } from '../../../renderer/simulator/trace-summary';
import { buildersOf } from '../../builders/kinds';

describe('event block in the app', () => {
  it('summarises the node as "when {variable} changes"', () => {
    const block = buildersOf('onVariableChange').build('on_status', { variable: 'order.status' });
    expect(BLOCK_UI.onVariableChange.summary(block)).toEqual(['when {order.status} changes']);
  });

  it('has no add shortcut (the digits are taken), so no key adds it by accident', () => {
    expect(BLOCK_UI.onVariableChange.shortcut).toBeUndefined();
    expect(SHORTCUTS.map((s) => s.action)).not.toContain('addOnVariableChange');
  });

  it('says in the timeline which change entered it, and by which block', () => {
    const base = {
      seq: 0,
      at: 0,
      blockId: 'on_status',
      blockType: 'onVariableChange',
      flowId: 'main',
    } as const;
    const triggered: TraceEvent = { type: 'enter', ...base, trigger: { variable: 'status', by: 'ask' } };
    const early: TraceEvent = { type: 'enter', ...base, trigger: { variable: 'status', by: null } };
    const plain: TraceEvent = { type: 'enter', ...base };
    expect([triggered, early, plain].map(traceSummary)).toEqual([
      'enter on_status (onVariableChange): {status} changed in ask',
      'enter on_status (onVariableChange): {status} changed',
      'enter on_status (onVariableChange)',
    ]);
  });
});
