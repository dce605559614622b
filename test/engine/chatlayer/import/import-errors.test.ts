import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importChatlayerBot, importChatlayerBotData } from '../../../../engine/chatlayer';

const goldenText = readFileSync(
  path.resolve(__dirname, '../../../fixtures/golden/every-kind/chatlayer.json'),
  'utf8',
);
const golden = () => JSON.parse(goldenText) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const errorsOf = (text: string) => {
  const r = importChatlayerBot(text);
  if (r.ok) throw new Error('expected the import to fail');
  expect(r).not.toHaveProperty('project');
  return r.errors;
};
const pretty = (doc: unknown) => JSON.stringify(doc, null, 2);

describe('importChatlayerBot: files it cannot read', () => {
  it('reports malformed JSON with its line and column', () => {
    expect(errorsOf('{\n  "format": "botloom-chatlayer/1",\n  "bot": {')).toEqual([
      expect.objectContaining({ code: 'json-malformed', path: '', line: 3 }),
    ]);
  });

  it('says that a foreign JSON is not one of its exports', () => {
    const [e] = errorsOf(pretty({ bot: { name: 'x' }, dialogstates: [] }));
    expect(e).toMatchObject({ code: 'format-unknown', path: 'format' });
    expect(e!.message).toBe(
      'no "format" field: this is not a bot JSON written by Botloom\'s Chatlayer export ("format": "botloom-chatlayer/1"). Botloom reads back only the files its own Chatlayer export writes (Chatlayer does not publish the format of its own exports).',
    );
    expect(errorsOf('[1, 2]')[0]!.message).toMatch(
      /^a Botloom export for Chatlayer is a JSON object .* but this is an array\./,
    );
  });

  it('points a botloom/1 project to the plain import, and a newer export to an update', () => {
    expect(errorsOf(pretty({ format: 'botloom/1' }))[0]!.message).toBe(
      'this is a Botloom project (botloom/1), not an export for Chatlayer: read it as botloom/1 JSON (botloom import without --from chatlayer).',
    );
    expect(errorsOf(pretty({ format: 'botloom-chatlayer/9' }))[0]!.message).toBe(
      'made by a newer Botloom (botloom-chatlayer/9); this Botloom reads botloom-chatlayer/1: update Botloom to read it.',
    );
  });

  it('explains schema errors at their JSON path and line', () => {
    const doc = golden();
    doc.flows[0].dialogstates[1].type = 'carousel';
    delete doc.bot.name;
    doc.variables[0].colour = 'red';
    const errors = errorsOf(pretty(doc));
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['schema-invalid', 'bot.name'],
      ['schema-invalid', 'flows[0].dialogstates[1].type'],
      ['schema-invalid', 'variables[0].colour'],
    ]);
    expect(errors[1]!.message).toBe(
      'unknown value type "carousel" (expected botMessage, inputValidation, goTo, action).',
    );
    expect(errors[2]!.message).toMatch(/^unknown key "colour": remove it\./);
    expect(errors.every((e) => typeof e.line === 'number')).toBe(true);
  });

  it('reports references to unknown dialog states and duplicate ids and labels, all at once', () => {
    const doc = golden();
    const states = doc.flows[0].dialogstates;
    states[0].nextDialogstateId = 'no-such-id';
    states[1].id = states[2].id;
    states[3].label = states[4].label;
    doc.defaultDialogstates.introduction = 'missing-intro';
    const errors = errorsOf(pretty(doc));
    expect(errors.map((e) => [e.code, e.path])).toEqual(
      expect.arrayContaining([
        ['duplicate-id', 'flows[0].dialogstates[2].id'],
        ['duplicate-id', 'flows[0].dialogstates[4].label'],
        ['unknown-dialogstate', 'flows[0].dialogstates[0].nextDialogstateId'],
        ['unknown-dialogstate', 'defaultDialogstates.introduction'],
      ]),
    );
    expect(errors.find((e) => e.path === 'defaultDialogstates.introduction')!.message).toBe(
      '"missing-intro" is the id of no dialog state in this file: use the id of one of its dialog states.',
    );
  });

  it('refuses values the export never writes: headers naming a dialog state, bad link reply places, retired ids of live blocks', () => {
    const doc = golden();
    const status = doc.flows[0].dialogstates.find((d: { label: string }) => d.label === 'status');
    status.action.headers[0] = { key: 'X', valueType: 'dialogstate', value: status.id };
    const menu = doc.flows[3].dialogstates.find((d: { label: string }) => d.label === 'menu');
    menu.messages[1].botloom.linkReplies[0].index = 40;
    doc.botloom.chatlayer.ids.menu = 'x';
    const errors = errorsOf(pretty(doc));
    expect(errors.map((e) => e.code)).toEqual(['invalid-value', 'invalid-value', 'invalid-value']);
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'headers cannot name a dialog state: use "text" or "variable".',
        'index 40 is past the 4 quick replies of this message.',
        'block "menu" has a dialog state in this file, so its id belongs there: remove it here.',
      ]),
    );
  });

  it('checks botloom/1 rules such as the language tag in the file itself, giving no project', () => {
    const doc = golden();
    doc.bot.language = 'not a language';
    expect(importChatlayerBotData(doc)).toMatchObject({
      ok: false,
      errors: [{ code: 'schema-invalid', path: 'bot.language' }],
    });
  });
});
