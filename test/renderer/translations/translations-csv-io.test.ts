import { describe, expect, it } from 'vitest';
import { applyCommands } from '../../../engine/edit';
import { withTranslation, type Message } from '../../../engine/model';
import { parseTranslationsCsv, translationsToCsv } from '../../../renderer/translations/translations-csv-io';
import { flow, message, project } from '../../builders';

const bot = project({
  language: 'en',
  secondaryLanguages: ['nl'],
  flows: [
    flow('main', [
      message('hi', {
        messages: [withTranslation({ kind: 'text', text: 'Hello, "you"' } as Message, 'text', 'nl', 'Hallo')],
      }),
      message('size', {
        name: 'Size',
        messages: [{ kind: 'buttons', text: 'Which size?', buttons: [{ title: 'Big', goTo: 'hi' }] }],
      }),
    ]),
  ],
});

describe('translations CSV in the app', () => {
  it("writes Chatlayer's columns, one row per text, quotes escaped", () => {
    const lines = translationsToCsv(bot).split('\r\n');
    expect(lines[0]).toBe('flow id,dialog id,dialog name,component type,value_en,value_nl,key');
    expect(lines[1]).toBe('main,hi,hi,text,"Hello, ""you""",Hallo,messages.0.text');
    expect(lines).toHaveLength(5);
  });

  it('round trip: one edited cell becomes one edit, and applyTranslations changes that one text', () => {
    const csv = translationsToCsv(bot).replace('Which size?,,', 'Which size?,Welke maat?,');
    const r = parseTranslationsCsv(`\uFEFF${csv}`, bot);
    if (!r.ok) throw new Error('refused');
    expect(r.edits).toEqual([
      { block: 'size', owner: ['messages', 0], field: 'text', language: 'nl', value: 'Welke maat?' },
    ]);
    expect(r.emptyCells).toHaveLength(1);
    const out = applyCommands(bot, [{ type: 'applyTranslations', edits: r.edits }]);
    if (!out.ok) throw new Error(out.error.message);
    expect(translationsToCsv(out.project)).toBe(csv);
  });

  it('reports a renamed block, a changed primary text and an unknown language column, and refuses a quote left open', () => {
    const csv = [
      'flow id,dialog id,dialog name,component type,value_en,value_nl,value_de,key',
      'main,hi,hi,text,Hello,Hallo,,messages.0.text',
      'main,size2,Size,text,Which size?,Welke maat?,,messages.0.text',
      'main,size2,Size,button,Big,Groot,,messages.0.buttons.0.title',
    ].join('\r\n');
    const r = parseTranslationsCsv(csv, bot);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.unknownRows.length).toBe(2);
    expect(r.changedStructure[0]!.message).toMatch(/the en text/);
    expect(r.columns[0]!.message).toMatch(/value_de/);
    const bad = parseTranslationsCsv('flow id,dialog id,component type\nmain,"hi,text\n', bot);
    expect(bad.ok).toBe(false);
  });
});
