// The export and import of event blocks: Botloom's own `variablesChanged` action, with a warning, as
// Chatlayer does not document how its Events are exported (docs/chatlayer-export.md#event-blocks).
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { message, project } from '../../../builders';
import { buildersOf } from '../../../builders/kinds';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

const bot = () =>
  project({
    blocks: [
      message('start'),
      buildersOf('onVariableChange').build('on_status', { variable: 'order.status', next: 'report' }),
      message('report'),
    ],
    variables: [{ name: 'order.status' }],
  });

describe('Chatlayer export of event blocks', () => {
  it('writes a variablesChanged action with the watched variable and next, and warns', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    expect(byLabel(r, 'on_status')).toMatchObject({
      type: 'action',
      action: { type: 'variablesChanged', variable: 'order.status' },
      nextDialogstateId: byLabel(r, 'report').id,
    });
    expect(r.warnings.filter((w) => w.blockId === 'on_status').map((w) => w.message)).toEqual([
      expect.stringContaining("Botloom's own layout"),
    ]);
  });

  it('imports it back as the same block', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    const back = importChatlayerBot(r.text);
    const sorted = (blocks: { id: string }[]) => [...blocks].sort((a, b) => a.id.localeCompare(b.id));
    expect(back.ok && sorted(back.project.flows[0]!.blocks)).toEqual(sorted(r.project.flows[0]!.blocks));
    expect(back.ok && back.project.flows[0]!.blocks.find((b) => b.id === 'on_status')).toMatchObject({
      type: 'onVariableChange',
      variable: 'order.status',
      next: 'report',
    });
  });

  it('refuses a variablesChanged action without a valid variable', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    const doc = JSON.parse(r.text) as {
      flows: { dialogstates: { label: string; action?: { variable?: unknown } }[] }[];
    };
    doc.flows[0]!.dialogstates.find((d) => d.label === 'on_status')!.action!.variable = 42;
    const back = importChatlayerBot(JSON.stringify(doc));
    expect(back.ok).toBe(false);
  });
});
