import { describe, expect, it } from 'vitest';
import {
  Project,
  blockTextUnits,
  localizeMessage,
  ownerAt,
  projectLanguages,
  textHash,
  textIn,
  textOrPrimary,
  translationStatus,
  withOwnerAt,
  withTranslation,
  type Block,
  type Message,
} from '../../../engine/model';
import { parseProject, stringifyProject } from '../../../engine/format';

const greeting: Message = {
  kind: 'text',
  text: 'Hello',
  variants: ['Hi'],
  translations: {
    nl: {
      text: 'Hallo',
      textHash: textHash('Hello'),
      variants: ['Hoi', 'Dag'],
      variantsHash: ['Hi'].map(textHash),
    },
  },
};

describe('reading a text in a language', () => {
  it('reads the primary text for the primary language and the translation for another', () => {
    expect(textIn(greeting, 'text', 'en', 'en')).toBe('Hello');
    expect(textIn(greeting, 'text', 'nl', 'en')).toBe('Hallo');
    expect(textIn(greeting, 'variants', 'nl', 'en', 1)).toBe('Dag');
    expect(textIn(greeting, 'text', 'fr', 'en')).toBeUndefined();
  });

  it('falls back to the primary text when a language has no translation', () => {
    expect(textOrPrimary(greeting, 'text', 'fr', 'en')).toEqual({ value: 'Hello', fallback: true });
    expect(textOrPrimary(greeting, 'text', 'nl', 'en')).toEqual({ value: 'Hallo', fallback: false });
  });

  it('never reads a hash or inherited keys as a translation', () => {
    expect(textIn(greeting, 'textHash', 'nl', 'en')).toBeUndefined();
    expect(textIn(greeting, 'text', 'constructor', 'en')).toBeUndefined();
  });
});

describe('translation status', () => {
  it('is missing without a translation, translated when made from today’s text, stale after the primary changed', () => {
    expect(translationStatus(greeting, 'text', 'fr', 'en')).toBe('missing');
    expect(translationStatus(greeting, 'text', 'nl', 'en')).toBe('translated');
    expect(translationStatus({ ...greeting, text: 'Hello there' }, 'text', 'nl', 'en')).toBe('stale');
    expect(translationStatus({ kind: 'text', text: '' }, 'text', 'nl', 'en')).toBe('none');
  });
});

describe('writing a translation', () => {
  it('records the primary text it was made from, so an edited primary makes it stale', () => {
    const plain: Message = { kind: 'text', text: 'Bye' };
    const fr = withTranslation(plain, 'text', 'fr', 'Au revoir');
    expect(fr).toEqual({
      kind: 'text',
      text: 'Bye',
      translations: { fr: { text: 'Au revoir', textHash: textHash('Bye') } },
    });
    expect(plain).toEqual({ kind: 'text', text: 'Bye' });
    expect(translationStatus({ ...fr, text: 'Goodbye' }, 'text', 'fr', 'en')).toBe('stale');
  });

  it('removes a translation written empty, and the map when it was the last one', () => {
    const plain: Message = { kind: 'text', text: 'Bye' };
    expect(withTranslation(withTranslation(plain, 'text', 'fr', 'Salut'), 'text', 'fr', '')).toEqual(plain);
  });

  it('writes and removes one variant of a language', () => {
    const more = withTranslation(greeting, 'variants', 'nl', 'Goeiedag', 2);
    expect(textIn(more, 'variants', 'nl', 'en')).toEqual(['Hoi', 'Dag', 'Goeiedag']);
    const fewer = withTranslation(more, 'variants', 'nl', '', 0);
    expect(textIn(fewer, 'variants', 'nl', 'en')).toEqual(['Dag', 'Goeiedag']);
  });

  it('keeps each field beside its hash, whatever order they were written in', () => {
    const plain: Message = { kind: 'text', text: 'Hello', variants: ['Hi'] };
    const both = withTranslation(withTranslation(plain, 'variants', 'nl', 'Hoi', 0), 'text', 'nl', 'Hallo');
    expect(Object.keys(both.translations!.nl!)).toEqual(['variants', 'variantsHash', 'text', 'textHash']);
    const dropped = withTranslation(both, 'variants', 'nl', '', 0);
    expect(dropped.translations).toEqual({ nl: { text: 'Hallo', textHash: textHash('Hello') } });
  });
});

describe('localizeMessage', () => {
  it('sends the language’s texts and variants, without translations', () => {
    expect(localizeMessage(greeting, 'nl', 'en')).toEqual({
      kind: 'text',
      text: 'Hallo',
      variants: ['Hoi', 'Dag'],
    });
    expect(localizeMessage(greeting, 'en', 'en')).toEqual({ kind: 'text', text: 'Hello', variants: ['Hi'] });
  });

  it('reports each text it fell back to the primary for', () => {
    const message: Message = {
      kind: 'buttons',
      text: 'Size?',
      translations: { fr: { text: 'Taille ?', textHash: textHash('Size?') } },
      buttons: [{ title: 'Large', goTo: 'x' }],
    };
    const fallbacks: unknown[] = [];
    const out = localizeMessage(message, 'fr', 'en', (f) => fallbacks.push(f.path));
    expect(out).toEqual({ kind: 'buttons', text: 'Taille ?', buttons: [{ title: 'Large', goTo: 'x' }] });
    expect(fallbacks).toEqual([['buttons', 0, 'title']]);
  });
});

describe('text units', () => {
  const block: Block = {
    id: 'ask',
    type: 'input',
    variable: 'answer',
    validate: { kind: 'any' },
    invalidMessage: 'Again?',
    prompt: [
      greeting,
      {
        kind: 'carousel',
        cards: [{ title: 'A', subtitle: 'a', buttons: [{ title: 'Go', url: 'https://x' }] }],
      },
    ],
  };

  it('lists every translatable text of a block with a stable key', () => {
    expect(blockTextUnits(block).map((u) => `${u.component}=${u.key}`)).toEqual([
      'text=prompt.0.text',
      'text variant=prompt.0.variants.0',
      'text variant=prompt.0.variants.1',
      'card title=prompt.1.cards.0.title',
      'card subtitle=prompt.1.cards.0.subtitle',
      'card button=prompt.1.cards.0.buttons.0.title',
      'invalid message=invalidMessage',
    ]);
  });

  it('reads and replaces the owner of a text without touching the rest', () => {
    const owner = ownerAt(block, ['prompt', 1, 'cards', 0])!;
    const next = withOwnerAt(block, ['prompt', 1, 'cards', 0], withTranslation(owner, 'title', 'nl', 'B'));
    expect(ownerAt(next, ['prompt', 1, 'cards', 0, 'translations', 'nl'])).toEqual({
      title: 'B',
      titleHash: textHash('A'),
    });
    expect((next as typeof block).prompt[0]).toBe(block.prompt[0]);
    expect(ownerAt(block, ['__proto__'])).toBeUndefined();
  });
});

describe('the project’s languages', () => {
  it('are the primary `language` and the secondary ones; a single-language file is unchanged', () => {
    const text = stringifyProject(
      Project.parse({
        format: 'botloom/1',
        name: 'x',
        language: 'en',
        startBlock: 'a',
        flows: [
          {
            id: 'f',
            name: 'F',
            blocks: [{ id: 'a', type: 'message', messages: [{ kind: 'text', text: 'Hi' }] }],
          },
        ],
      }),
    );
    const parsed = parseProject(text);
    if (!parsed.ok) throw new Error('parse');
    expect(projectLanguages(parsed.project)).toEqual({ primary: 'en', secondary: [], all: ['en'] });
    expect(text).not.toContain('translations');
  });

  it('refuses the primary language or a duplicate among the secondary ones', () => {
    const base = {
      format: 'botloom/1',
      name: 'x',
      startBlock: 'a',
      flows: [{ id: 'f', name: 'F', blocks: [{ id: 'a', type: 'message', messages: [] }] }],
    };
    expect(Project.safeParse({ ...base, secondaryLanguages: ['en'] }).success).toBe(false);
    expect(Project.safeParse({ ...base, secondaryLanguages: ['nl', 'nl'] }).success).toBe(false);
    expect(Project.safeParse({ ...base, secondaryLanguages: ['nl', 'fr'] }).success).toBe(true);
  });

  it('writes one line per language value, languages in order', () => {
    const project = Project.parse({
      format: 'botloom/1',
      name: 'x',
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
              messages: [
                {
                  kind: 'text',
                  text: 'Hi',
                  translations: {
                    nl: { text: 'Hoi', textHash: textHash('Hi') },
                    fr: { text: 'Salut', textHash: textHash('Hi') },
                  },
                },
              ],
            },
          ],
        },
      ],
    });
    const text = stringifyProject(project);
    expect(text).toContain(
      '"fr": {\n                  "text": "Salut",\n                  "textHash": "67eb44ba"\n                }',
    );
    expect(text.indexOf('"fr": {')).toBeLessThan(text.indexOf('"nl": {'));
  });
});
