import { describe, expect, it } from 'vitest';
import { withTranslation, type Message } from '../../../engine/model';
import {
  filterTranslationRows,
  NO_TRANSLATION_FILTER,
  translationRows,
} from '../../../renderer/translations/translation-rows';
import { flow, message, project } from '../../builders';

const buttons = (nl?: string): Message => {
  const m: Message = { kind: 'buttons', text: 'Which size?', buttons: [{ title: 'Big', goTo: 'hi' }] };
  return nl ? withTranslation(m, 'text', 'nl', nl) : m;
};

// hi: translated in nl, missing in fr; size: missing everywhere; bye: translated in nl.
const bot = project({
  language: 'en',
  secondaryLanguages: ['fr', 'nl'],
  flows: [
    flow('main', [
      message('hi', {
        messages: [withTranslation({ kind: 'text', text: 'Hello' } as Message, 'text', 'nl', 'Hallo')],
      }),
      message('size', { name: 'Size', messages: [buttons()] }),
    ]),
    flow('end', [
      message('bye', {
        messages: [{ ...withTranslation({ kind: 'text', text: 'Bye' } as Message, 'text', 'nl', 'Dag') }],
      }),
    ]),
  ],
});
const languages = ['en', 'fr', 'nl'];

describe('translation rows', () => {
  it('lists every text with its flow, block, component and one cell per language, primary first', () => {
    const rows = translationRows(bot);
    expect(rows.map((r) => [r.flowName, r.blockName, r.component, r.unit.key])).toEqual([
      ['Main', 'hi', 'text', 'messages.0.text'],
      ['Main', 'Size', 'text', 'messages.0.text'],
      ['Main', 'Size', 'button', 'messages.0.buttons.0.title'],
      ['End', 'bye', 'text', 'messages.0.text'],
    ]);
    expect(rows[0]!.cells).toEqual([
      { value: 'Hello', status: 'translated' },
      { value: '', status: 'missing' },
      { value: 'Hallo', status: 'translated' },
    ]);
  });

  it('flags a translation made from an older primary text as stale', () => {
    const changed = project({
      ...bot,
      flows: [
        flow('end', [
          message('bye', {
            messages: [
              {
                ...(withTranslation({ kind: 'text', text: 'Bye' }, 'text', 'nl', 'Dag') as Extract<
                  Message,
                  { kind: 'text' }
                >),
                text: 'Goodbye',
              },
            ],
          }),
        ]),
      ],
    });
    expect(translationRows(changed)[0]!.cells[2]).toEqual({ value: 'Dag', status: 'stale' });
  });

  it('keeps the rows of unchanged blocks between builds (a 15,000-row table rebuilds only edited blocks)', () => {
    const a = translationRows(bot);
    const b = translationRows({ ...bot, name: 'Renamed' });
    expect(b[0]!.cells).toBe(a[0]!.cells);
  });

  it('filters missing texts in any language or in one, and by text', () => {
    const rows = translationRows(bot);
    const ids = (f: Partial<typeof NO_TRANSLATION_FILTER>) =>
      filterTranslationRows(rows, languages, { ...NO_TRANSLATION_FILTER, ...f }).map((r) => r.id);
    expect(ids({ status: 'missing' })).toEqual([
      'hi|messages.0.text',
      'size|messages.0.text',
      'size|messages.0.buttons.0.title',
      'bye|messages.0.text',
    ]);
    expect(ids({ status: 'missing', language: 'nl' })).toEqual([
      'size|messages.0.text',
      'size|messages.0.buttons.0.title',
    ]);
    expect(ids({ status: 'stale' })).toEqual([]);
    expect(ids({ text: 'hallo' })).toEqual(['hi|messages.0.text']);
    expect(ids({ text: 'size' })).toHaveLength(2);
  });
});
