// Every per-kind table has exactly BLOCK_TYPES as keys at run time (block-kind-tables.ts proves the
// same for the types), in BLOCK_TYPES order.
import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, BLOCK_TYPES } from '../../engine/model';
import { BLOCK_RUNNERS } from '../../engine/runtime/blocks';
import { CHATLAYER_KINDS } from '../../engine/chatlayer/kinds';
import { BLOCK_UI } from '../../renderer/blocks/block-ui';
import { blockNodeTypes } from '../../renderer/canvas/node-types';
import { PALETTE } from '../../renderer/canvas/Palette';
import { SHORTCUTS } from '../../renderer/canvas/shortcuts';
import { BLOCK_BUILDERS } from '../builders/kinds';
import { BLOCK_GRIDS } from '../builders/kind-grids';

const TABLES: Record<string, object> = {
  BLOCK_KINDS,
  BLOCK_RUNNERS,
  CHATLAYER_KINDS,
  BLOCK_UI,
  blockNodeTypes,
  BLOCK_BUILDERS,
  BLOCK_GRIDS,
};

describe('block kind tables', () => {
  it('lists the kinds, in palette order', () => {
    expect(BLOCK_TYPES).toEqual([
      'message',
      'input',
      'goto',
      'api',
      'code',
      'clearSession',
      'getTime',
      'jsonBuilder',
      'email',
      'onVariableChange',
      'knowledge',
      'table',
      'handover',
    ]);
  });

  it.each(Object.entries(TABLES))('%s has exactly BLOCK_TYPES as keys', (_, table) => {
    expect(Object.keys(table)).toEqual([...BLOCK_TYPES]);
  });

  it('gives each kind its own type in the model table, and builders that build that kind', () => {
    for (const type of BLOCK_TYPES) {
      expect(BLOCK_KINDS[type].type).toBe(type);
      expect(BLOCK_BUILDERS[type].build('x').type).toBe(type);
    }
  });

  it('shares generated blocks among the kinds in full', () => {
    const total = BLOCK_TYPES.reduce((sum, type) => sum + BLOCK_BUILDERS[type].share, 0);
    expect(total).toBeCloseTo(1, 10);
  });

  it('derives the palette and the add shortcuts, keys 1–5 as before, then 6–9; the event, knowledge, table and Send to agent blocks have none', () => {
    expect(PALETTE.map((p) => p.type)).toEqual([...BLOCK_TYPES]);
    const adds = SHORTCUTS.filter((s) => s.action.startsWith('add'));
    expect(adds.map((s) => [s.action, s.keys])).toEqual([
      ['addMessage', '1'],
      ['addInput', '2'],
      ['addGoto', '3'],
      ['addApi', '4'],
      ['addCode', '5'],
      ['addClearSession', '6'],
      ['addGetTime', '7'],
      ['addJsonBuilder', '8'],
      ['addEmail', '9'],
    ]);
    // No digit is left: the event block is added from the palette only, which says so in its tooltip.
    expect(PALETTE.find((p) => p.type === 'onVariableChange')).not.toHaveProperty('key');
    expect(PALETTE.find((p) => p.type === 'knowledge')).not.toHaveProperty('key');
    expect(PALETTE.find((p) => p.type === 'table')).not.toHaveProperty('key');
    expect(PALETTE.find((p) => p.type === 'handover')).not.toHaveProperty('key');
  });
});
