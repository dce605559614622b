// The botloom/1 upgrades of older translation entries, `from` texts and `sourceHash` objects, to `<field>Hash`
// (docs/file-format.md#languages).
import { describe, expect, it } from 'vitest';
import { parseProject, parseProjectData, stringifyProject } from '../../../engine/format';
import { upgradeTranslationEntries } from '../../../engine/format/migrations/translation-entries';
import { textHash, translationStatus, type Message, type MessageBlock } from '../../../engine/model';

/** A botloom/1 document whose one text message ("Hello", variants "Hi" and "Hey") has these translations. */
function legacy(translations: Record<string, unknown>) {
  return {
    format: 'botloom/1',
    name: 'Old translations',
    startBlock: 'a',
    secondaryLanguages: ['nl', 'fr'],
    flows: [
      {
        id: 'f',
        name: 'F',
        blocks: [
          {
            id: 'a',
            type: 'message',
            messages: [{ kind: 'text', text: 'Hello', variants: ['Hi', 'Hey'], translations }],
          },
        ],
      },
    ],
  };
}

const firstMessage = (blocks: unknown) => (blocks as MessageBlock[])[0]!.messages[0] as Message;

/** The document with these translations, opened from its JSON text. */
function opened(translations: Record<string, unknown>, file?: string) {
  const r = parseProject(JSON.stringify(legacy(translations)), file);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { ...r, message: firstMessage(r.project.flows[0]!.blocks) };
}

const AT = 'flows[0].blocks[0].messages[0].translations';

/** The paths a document with these translations is refused at ([] when it opens). */
function refused(translations: Record<string, unknown>): string[] {
  const r = parseProjectData(legacy(translations));
  return r.ok ? [] : r.errors.map((e) => e.path);
}

// nl was made from today's primary texts; fr from an older text and an older second variant, so it may be stale.
const translated = {
  nl: { text: 'Hallo', variants: ['Hoi', 'Hé'] },
  fr: { text: 'Salut', variants: ['Coucou', 'Yo !'] },
};
const madeFrom = {
  nl: { text: 'Hello', variants: ['Hi', 'Hey'] },
  fr: { text: 'Hello you', variants: ['Hi', 'Yo'] },
};
const hashes = (from: { text: string; variants: string[] }) => ({
  text: textHash(from.text),
  variants: from.variants.map(textHash),
});

const shapes = {
  '`from` texts (the first shape)': {
    nl: { ...translated.nl, from: madeFrom.nl },
    fr: { ...translated.fr, from: madeFrom.fr },
  },
  'a `sourceHash` object (the second shape)': {
    nl: { ...translated.nl, sourceHash: hashes(madeFrom.nl) },
    fr: { ...translated.fr, sourceHash: hashes(madeFrom.fr) },
  },
};

describe.each(Object.entries(shapes))('translations with %s', (_, translations) => {
  it('open, each hash beside its field, with a warning that saving writes them so', () => {
    const r = opened(translations, 'old.json');
    const current = (language: 'nl' | 'fr') => ({
      text: translated[language].text,
      textHash: textHash(madeFrom[language].text),
      variants: translated[language].variants,
      variantsHash: madeFrom[language].variants.map(textHash),
    });
    expect((r.message as { translations: unknown }).translations).toEqual({
      nl: current('nl'),
      fr: current('fr'),
    });
    // In the file's order: each field, then its hash.
    expect(Object.keys((r.message as { translations: Record<string, object> }).translations.nl!)).toEqual([
      'text',
      'textHash',
      'variants',
      'variantsHash',
    ]);
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'format-migrated',
        file: 'old.json',
        path: 'format',
        message: expect.stringContaining('<field>Hash'),
      }),
    ]);
    const text = stringifyProject(r.project);
    expect(text).not.toMatch(/"from"|sourceHash/);
    // What was written opens as the same project, with no warning.
    const again = parseProject(text);
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && again.project).toEqual(r.project);
  });

  it('keep every text’s stale or up-to-date status', () => {
    const m = opened(translations).message;
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
});

describe('older translation entries', () => {
  it('are converted one by one: a current entry in the same map is kept as it is', () => {
    const de = { text: 'Hallo', textHash: textHash('Hello') };
    const m = opened({ nl: { text: 'Hallo', sourceHash: { text: textHash('Hello') } }, de }).message;
    expect((m as { translations: unknown }).translations).toEqual({ nl: de, de });
  });

  it('leave a current document alone: no walk result, no warning', () => {
    const current = legacy({ nl: { text: 'Hallo', textHash: textHash('Hello') }, fr: {} });
    expect(upgradeTranslationEntries(current)).toBeUndefined();
    const r = parseProjectData(current);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('are still refused when they do not convert, with their paths', () => {
    // `from` that is not texts, `from` beside `sourceHash`, a hostile language key.
    expect(refused({ nl: { text: 'Hallo', from: { text: 42 } } })).toContain(`${AT}.nl.from`);
    expect(
      refused({ nl: { text: 'Hallo', from: { text: 'Hello' }, sourceHash: { text: textHash('Hello') } } }),
    ).toContain(`${AT}.nl.from`);
    expect(refused({ constructor: { text: 'x', from: { text: 'Hello' } } })).toContain(`${AT}.constructor`);
    expect(({} as Record<string, unknown>).text).toBeUndefined();
    // `sourceHash` holding no hashes or not an object, and a hash already beside its field.
    expect(refused({ nl: { text: 'Hallo', sourceHash: { text: 42 } } })).toContain(`${AT}.nl.sourceHash`);
    expect(refused({ nl: { text: 'Hallo', sourceHash: { text: 'Hello' } } })).toContain(`${AT}.nl.textHash`);
    expect(refused({ nl: { text: 'Hallo', sourceHash: [textHash('Hello')] } })).toContain(
      `${AT}.nl.sourceHash`,
    );
    const both = { text: 'Hallo', textHash: textHash('Hello'), sourceHash: { text: textHash('Hello') } };
    expect(refused({ nl: both })).toContain(`${AT}.nl.sourceHash`);
  });
});
