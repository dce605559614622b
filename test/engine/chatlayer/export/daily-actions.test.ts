// The export and import of the daily Chatlayer actions: Clear session, Get time, JSON builder, Send e-mail.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { message, project } from '../../../builders';
import { BLOCK_BUILDERS } from '../../../builders/kinds';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

const { clearSession, getTime, jsonBuilder, email } = BLOCK_BUILDERS;
const bot = () =>
  project({
    blocks: [
      getTime.build('time', { variable: 'now', offsetHours: 2, next: 'mail' }),
      email.build('mail', {
        to: '{user.email}',
        subject: 'Hi {user.name}',
        body: 'At {now.offset.hours}',
        next: 'data',
      }),
      jsonBuilder.build('data', {
        data: { page: 'checkout', lang: '{user.language}' },
        toParentWindow: true,
        next: 'clear',
      }),
      clearSession.build('clear', { next: 'bye' }),
      message('bye'),
    ],
    variables: [{ name: 'user.email' }, { name: 'user.name' }],
  });

describe('Chatlayer export of the daily actions', () => {
  it('writes each as an action of its own type, with next', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    expect(byLabel(r, 'time')).toMatchObject({
      type: 'action',
      action: { type: 'getTime', target: 'now', offset: 2 },
      nextDialogstateId: byLabel(r, 'mail').id,
    });
    expect(byLabel(r, 'mail')).toMatchObject({
      action: {
        type: 'sendEmail',
        recipients: '{user.email}',
        title: 'Hi {user.name}',
        body: 'At {now.offset.hours}',
      },
    });
    expect(byLabel(r, 'data')).toMatchObject({
      action: {
        type: 'jsonBuilder',
        entries: [
          { key: 'lang', valueType: 'variable', value: 'user.language' },
          { key: 'page', valueType: 'text', value: 'checkout' },
        ],
        sendToParentWindow: true,
      },
    });
    expect(byLabel(r, 'clear')).toMatchObject({ action: { type: 'clearSession' } });
    expect(r.warnings.filter((w) => ['time', 'mail', 'data', 'clear'].includes(w.blockId ?? ''))).toEqual([]);
  });

  it('imports them back as the same blocks', () => {
    const p = bot();
    const r = ok(exportChatlayerBot(p, { newId: seededIds(3) }));
    const back = importChatlayerBot(r.text);
    const sorted = (blocks: { id: string }[]) => [...blocks].sort((a, b) => a.id.localeCompare(b.id));
    expect(back.ok && sorted(back.project.flows[0]!.blocks)).toEqual(sorted(r.project.flows[0]!.blocks));
  });

  it('warns for JSON builder values that are not text, and for a fractional time offset', () => {
    const p = project({
      blocks: [
        getTime.build('time', { offsetHours: 5.5, next: 'data' }),
        jsonBuilder.build('data', { data: { count: 2 }, next: 'bye' }),
        message('bye'),
      ],
    });
    const r = ok(exportChatlayerBot(p, { newId: seededIds(3) }));
    expect(r.warnings.map((w) => [w.blockId, w.message])).toEqual(
      expect.arrayContaining([
        ['time', expect.stringContaining('offset of 5.5 hours')],
        ['data', expect.stringContaining('not text')],
      ]),
    );
  });

  it('refuses an error route on an action that has none', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    const doc = JSON.parse(r.text) as {
      flows: { dialogstates: { label: string; onErrorDialogstateId?: string; id: string }[] }[];
    };
    const clear = doc.flows[0]!.dialogstates.find((d) => d.label === 'clear')!;
    clear.onErrorDialogstateId = clear.id;
    const back = importChatlayerBot(JSON.stringify(doc));
    expect(back.ok).toBe(false);
    expect(!back.ok && back.errors[0]!.message).toContain('has no error route');
  });

  it('refuses an error route in the botloom extension of an action that has none', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    const doc = JSON.parse(r.text) as {
      flows: { dialogstates: { label: string; id: string; botloom?: Record<string, unknown> }[] }[];
    };
    const clear = doc.flows[0]!.dialogstates.find((d) => d.label === 'clear')!;
    clear.botloom = { ...clear.botloom, onErrorDialogstateId: clear.id };
    const back = importChatlayerBot(JSON.stringify(doc));
    expect(back.ok).toBe(false);
    expect(!back.ok && back.errors[0]!.message).toContain('remove botloom.onErrorDialogstateId');
  });
});
