// The botloom/1 upgrades of older translation entries, `from` texts and `sourceHash` objects, to `<field>Hash`
// (docs/file-format.md#languages).
import { describe, expect, it } from 'vitest';
import { parseProject, parseProjectData, stringifyProject } from '../../../engine/format';
import { upgradeTranslationEntries } from '../../../engine/format/migrations/translation-entries';
import { textHash, translationStatus, type Message, type MessageBlock } from '../../../engine/model';

/** A botloom/1 document with the given translations of its one text message. */
function legacy(translations: Record<string, unknown>, text = 'Hello', variants = ['Hi', 'Hey']) {
  return {
    format: 'botloom/1',
    name: 'Old translations',
    startBlock: 'a',
    secondaryLanguages: ['nl', 'fr'],
    flows: [
      {
        id: 'f',
        name: 'F',
        blocks: [{ id: 'a', type: 'message', messages: [{ kind: 'text', text, variants, translations }] }],
      },
    ],
  };
}

const firstMessage = (blocks: unknown) => (blocks as MessageBlock[])[0]!.messages[0] as Message;

describe('translations with `from` texts (the first shape)', () => {
  const translations = {
    nl: { text: 'Hallo', variants: ['Hoi', 'Hé'], from: { text: 'Hello', variants: ['Hi', 'Hey'] } },
    // Made from an older primary text: stale, and still stale after the upgrade.
    fr: { text: 'Salut', variants: ['Coucou', 'Yo !'], from: { text: 'Hello you', variants: ['Hi', 'Yo'] } },
  };

  it('open, convert to the hashes of those texts and warn that saving writes the hashes', () => {
    const r = parseProject(JSON.stringify(legacy(translations)), 'old.json');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const m = firstMessage(r.project.flows[0]!.blocks);
    expect(m.kind === 'text' && m.translations).toEqual({
      nl: {
        text: 'Hallo',
        textHash: textHash('Hello'),
        variants: ['Hoi', 'Hé'],
        variantsHash: [textHash('Hi'), textHash('Hey')],
      },
      fr: {
        text: 'Salut',
        textHash: textHash('Hello you'),
        variants: ['Coucou', 'Yo !'],
        variantsHash: [textHash('Hi'), textHash('Yo')],
      },
    });
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'format-migrated',
        file: 'old.json',
        path: 'format',
        message: expect.stringContaining('<field>Hash'),
      }),
    ]);
    expect(stringifyProject(r.project)).not.toContain('"from"');
    expect(Object.keys((m as { translations: Record<string, object> }).translations.nl!)).toEqual([
      'text',
      'textHash',
      'variants',
      'variantsHash',
    ]);
  });

  it('keep every text’s stale or up-to-date status exactly as the texts said', () => {
    const r = parseProjectData(legacy(translations));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const m = firstMessage(r.project.flows[0]!.blocks);
    const status = (field: string, language: string, index?: number) =>
      translationStatus(m, field, language, 'en', index);
    expect([status('text', 'nl'), status('variants', 'nl'), status('variants', 'nl', 1)]).toEqual([
      'translated',
      'translated',
      'translated',
    ]);
    expect([
      status('text', 'fr'),
      status('variants', 'fr'),
      status('variants', 'fr', 0),
      status('variants', 'fr', 1),
    ]).toEqual(['stale', 'stale', 'translated', 'stale']);
  });

  it('leave a current document alone: no walk result, no warning', () => {
    const current = legacy({ nl: { text: 'Hallo', textHash: textHash('Hello') }, fr: {} });
    expect(upgradeTranslationEntries(current)).toBeUndefined();
    const r = parseProjectData(current);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('still refuse a `from` that is not texts, one beside `sourceHash`, and a hostile language key, with their paths', () => {
    const at = 'flows[0].blocks[0].messages[0].translations';
    const refused = (translations: Record<string, unknown>) => {
      const r = parseProjectData(legacy(translations));
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    expect(refused({ nl: { text: 'Hallo', from: { text: 42 } } })).toContain(`${at}.nl.from`);
    expect(
      refused({ nl: { text: 'Hallo', from: { text: 'Hello' }, sourceHash: { text: textHash('Hello') } } }),
    ).toContain(`${at}.nl.from`);
    expect(refused({ constructor: { text: 'x', from: { text: 'Hello' } } })).toContain(`${at}.constructor`);
    expect(({} as Record<string, unknown>).text).toBeUndefined();
  });
});

describe('translations with a `sourceHash` object (the second shape)', () => {
  const translations = {
    nl: {
      text: 'Hallo',
      variants: ['Hoi', 'Hé'],
      sourceHash: { text: textHash('Hello'), variants: [textHash('Hi'), textHash('Hey')] },
    },
    // Made from an older primary text and variant: stale, and still stale after the upgrade.
    fr: {
      text: 'Salut',
      variants: ['Coucou'],
      sourceHash: { text: textHash('Hello you'), variants: [textHash('Yo')] },
    },
    // A language whose entry is already current is kept as it is.
    de: { text: 'Hallo', textHash: textHash('Hello') },
  };

  it('open, move each hash beside its field and warn that saving writes them so', () => {
    const r = parseProject(JSON.stringify(legacy(translations)), 'last-week.json');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const m = firstMessage(r.project.flows[0]!.blocks);
    expect(m.kind === 'text' && m.translations).toEqual({
      nl: {
        text: 'Hallo',
        textHash: textHash('Hello'),
        variants: ['Hoi', 'Hé'],
        variantsHash: [textHash('Hi'), textHash('Hey')],
      },
      fr: {
        text: 'Salut',
        textHash: textHash('Hello you'),
        variants: ['Coucou'],
        variantsHash: [textHash('Yo')],
      },
      de: { text: 'Hallo', textHash: textHash('Hello') },
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['format-migrated']);
    const text = stringifyProject(r.project);
    expect(text).not.toContain('sourceHash');
    // Parsing what was written gives the same project, with no warning.
    const again = parseProject(text);
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && again.project).toEqual(r.project);
  });

  it('keep every text’s stale or up-to-date status', () => {
    const r = parseProjectData(legacy(translations));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const m = firstMessage(r.project.flows[0]!.blocks);
    const status = (field: string, language: string, index?: number) =>
      translationStatus(m, field, language, 'en', index);
    expect([status('text', 'nl'), status('variants', 'nl', 0), status('variants', 'nl', 1)]).toEqual([
      'translated',
      'translated',
      'translated',
    ]);
    expect([status('text', 'fr'), status('variants', 'fr', 0), status('text', 'de')]).toEqual([
      'stale',
      'stale',
      'translated',
    ]);
  });

  it('still refuse hashes that are not texts, a hash already beside its field, and `sourceHash` beside `from`', () => {
    const at = 'flows[0].blocks[0].messages[0].translations';
    const refused = (translations: Record<string, unknown>) => {
      const r = parseProjectData(legacy(translations));
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    expect(refused({ nl: { text: 'Hallo', sourceHash: { text: 42 } } })).toContain(`${at}.nl.sourceHash`);
    expect(refused({ nl: { text: 'Hallo', sourceHash: { text: 'Hello' } } })).toContain(`${at}.nl.textHash`);
    expect(
      refused({
        nl: { text: 'Hallo', textHash: textHash('Hello'), sourceHash: { text: textHash('Hello') } },
      }),
    ).toContain(`${at}.nl.sourceHash`);
    expect(refused({ nl: { text: 'Hallo', sourceHash: [textHash('Hello')] } })).toContain(
      `${at}.nl.sourceHash`,
    );
  });
});
