import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  expressionsToCsv,
  importNeedsConfirming,
  parseExpressionsCsv,
  parseTranslationsCsv,
  translationsToCsv,
} from '../../../engine/format';
import { applyCommand } from '../../../engine/edit';
import { Project, textHash, textIn, type Message } from '../../../engine/model';

function bakery(): Project {
  const t = (en: string, nl: string, fr?: string) => ({
    nl: { text: nl, textHash: textHash(en) },
    ...(fr ? { fr: { text: fr, textHash: textHash(en) } } : {}),
  });
  return Project.parse({
    format: 'botloom/1',
    name: 'Bakery',
    language: 'en',
    secondaryLanguages: ['nl', 'fr'],
    startBlock: 'welcome',
    intents: [{ id: 'hours', examples: ['opening hours'], examplesByLanguage: { nl: ['openingsuren'] } }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'welcome',
            type: 'message',
            name: 'Welcome',
            messages: [
              {
                kind: 'text',
                text: 'Hello, "friend"',
                translations: t('Hello, "friend"', 'Hallo, "vriend"', 'Bonjour'),
              },
              {
                kind: 'buttons',
                text: 'Two\nlines',
                translations: t('Two\nlines', 'Twee\nregels'),
                buttons: [{ title: 'Hours', goTo: 'welcome' }],
              },
            ],
          },
        ],
      },
    ],
  });
}

const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const firstMessage = (p: Project) => (p.flows[0]!.blocks[0] as { messages: Message[] }).messages;

describe('translations CSV in Chatlayer’s layout', () => {
  it('writes one row per text with flow id, dialog id, dialog name, component type, a value per language and the key', () => {
    const table = rows(translationsToCsv(bakery()));
    expect(table[0]).toEqual([
      'flow id',
      'dialog id',
      'dialog name',
      'component type',
      'value_en',
      'value_nl',
      'value_fr',
      'key',
    ]);
    expect(table[1]).toEqual([
      'main',
      'welcome',
      'Welcome',
      'text',
      'Hello, "friend"',
      'Hallo, "vriend"',
      'Bonjour',
      'messages.0.text',
    ]);
    expect(table[2]).toEqual([
      'main',
      'welcome',
      'Welcome',
      'text',
      'Two\nlines',
      'Twee\nregels',
      '',
      'messages.1.text',
    ]);
    expect(table[3]).toEqual([
      'main',
      'welcome',
      'Welcome',
      'button',
      'Hours',
      '',
      '',
      'messages.1.buttons.0.title',
    ]);
  });

  it('round trip: export, edit one cell, import: exactly that text changes, as one command', () => {
    const project = bakery();
    const table = rows(translationsToCsv(project));
    table[3]![5] = 'Openingsuren';
    const csv = '\uFEFF' + Papa.unparse(table);
    const r = parseTranslationsCsv(csv, project);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.edits).toEqual([
      {
        block: 'welcome',
        owner: ['messages', 1, 'buttons', 0],
        field: 'title',
        language: 'nl',
        value: 'Openingsuren',
      },
    ]);
    expect(importNeedsConfirming(r)).toBe(false);
    const applied = applyCommand(project, { type: 'applyTranslations', edits: r.edits });
    if (!applied.ok) throw new Error(applied.error.message);
    const button = (firstMessage(applied.project)[1] as Extract<Message, { kind: 'buttons' }>).buttons[0]!;
    expect(textIn(button, 'title', 'nl', 'en')).toBe('Openingsuren');
    expect(applied.diff.ops).toHaveLength(1);
    expect(firstMessage(applied.project)[0]).toBe(firstMessage(project)[0]);
    expect(
      JSON.stringify(firstMessage(applied.project)[1]).replace(
        `,"translations":{"nl":{"title":"Openingsuren","titleHash":"${textHash('Hours')}"}}`,
        '',
      ),
    ).toBe(JSON.stringify(firstMessage(project)[1]));
  });

  it('reports a renamed block, a changed primary text and a missing column, and needs confirming', () => {
    const project = bakery();
    const table = rows(translationsToCsv(project)).map((r) => r.filter((_, i) => i !== 6));
    table[1]![1] = 'hello';
    table[2]![4] = 'Two lines, once';
    table[2]![5] = 'Twee regels, eens';
    const r = parseTranslationsCsv(Papa.unparse(table), project);
    if (!r.ok) throw new Error('refused');
    expect(r.unknownRows).toEqual([{ line: 2, message: expect.stringContaining('no block "hello"') }]);
    expect(r.changedStructure).toEqual([
      { line: 3, message: expect.stringContaining('the en text is now "Two\\nlines"') },
    ]);
    expect(r.columns).toEqual([{ line: 1, message: expect.stringContaining('no "value_fr" column') }]);
    expect(r.emptyCells).toEqual([{ line: 4, message: expect.stringContaining('no nl text') }]);
    expect(importNeedsConfirming(r)).toBe(true);
  });

  it('refuses a stray quote or a ragged line, whole', () => {
    const header = 'flow id,dialog id,dialog name,component type,value_en,value_nl,key\n';
    const stray = parseTranslationsCsv(
      header + 'main,welcome,Welcome,text,"Hello friend,x,messages.0.text\n',
      bakery(),
    );
    expect(stray).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringContaining('quote') })],
    });
    // A quote inside a cell that does not start with one is part of the text, as spreadsheets write it.
    const inner = parseTranslationsCsv(
      header + 'main,welcome,Welcome,text,Hello,"Hal""lo",messages.0.text\n',
      bakery(),
    );
    const literal = parseTranslationsCsv(
      header + 'main,welcome,Welcome,text,Hello,Hal"lo,messages.0.text\n',
      bakery(),
    );
    expect(literal).toMatchObject({ ok: true, edits: [{ language: 'nl', value: 'Hal"lo' }] });
    expect(inner).toMatchObject({ ok: true, edits: [{ language: 'nl', value: 'Hal"lo' }] });
    const ragged = parseTranslationsCsv(header + 'main,welcome,Welcome,text\n', bakery());
    expect(ragged).toEqual({
      ok: false,
      problems: [{ line: 2, message: expect.stringContaining('4 cells and the header 7') }],
    });
  });

  it('matches rows by component type and order when the key column is missing', () => {
    const table = rows(translationsToCsv(bakery())).map((r) => r.slice(0, 7));
    table[2]![5] = 'Twee regels';
    const r = parseTranslationsCsv(Papa.unparse(table), bakery());
    if (!r.ok) throw new Error('refused');
    expect(r.edits).toEqual([
      { block: 'welcome', owner: ['messages', 1], field: 'text', language: 'nl', value: 'Twee regels' },
    ]);
  });
});

describe('intent expressions CSV', () => {
  it('writes a row per example with a column per language and reads changed lists back', () => {
    const project = bakery();
    const table = rows(expressionsToCsv(project));
    expect(table).toEqual([
      ['intent', 'value_en', 'value_nl', 'value_fr'],
      ['hours', 'opening hours', 'openingsuren', ''],
    ]);
    table[1]![3] = "horaires d'ouverture";
    const r = parseExpressionsCsv(Papa.unparse(table), project);
    if (!r.ok) throw new Error('refused');
    expect(r.examples).toEqual([{ intent: 'hours', language: 'fr', examples: ["horaires d'ouverture"] }]);
  });
});
