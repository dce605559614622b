// The export and import of a multi-language bot (docs/chatlayer-export.md#languages).
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { textHash } from '../../../../engine/model';
import { input, message, project } from '../../../builders';
import { ok } from './exported';

function bot() {
  return project({
    blocks: [
      message('hello', {
        messages: [
          {
            kind: 'text',
            text: 'Hello!',
            variants: ['Hi!'],
            translations: {
              nl: {
                text: 'Hallo!',
                variants: ['Hoi!', 'Dag!'],
                textHash: textHash('Hello!'),
                variantsHash: ['Hi!'].map(textHash),
              },
              fr: { text: 'Bonjour !', textHash: textHash('Hello') },
            },
          },
          {
            kind: 'buttons',
            text: 'Go?',
            buttons: [
              {
                title: 'Yes',
                goTo: 'ask',
                translations: { nl: { title: 'Ja', titleHash: textHash('Yes') } },
              },
            ],
          },
        ],
        next: 'ask',
      }),
      input('ask', {
        prompt: [{ kind: 'text', text: 'Name?' }],
        variable: 'name',
        invalidMessage: 'Again?',
        translations: {
          nl: { invalidMessage: 'Nog eens?', invalidMessageHash: textHash('Again?') },
        },
      }),
    ],
    secondaryLanguages: ['nl', 'fr'],
    intents: [
      {
        id: 'hi',
        examples: ['hello'],
        examplesByLanguage: { nl: ['hallo'], fr: ['bonjour'] },
        block: 'hello',
      },
    ],
    chatlayer: { ids: { hello: 'h', ask: 'a' } },
  });
}

describe('export of a multi-language bot', () => {
  it('writes a row per text with its values per language, like Chatlayer’s Translations CSV', () => {
    const r = ok(exportChatlayerBot(bot()));
    expect(r.bot.translations!.languages).toEqual(['nl', 'fr']);
    expect(r.bot.translations!.rows.find((row) => row.dialogstateId === 'h')).toEqual({
      flowId: 'main',
      dialogstateId: 'h',
      dialogName: 'hello',
      componentType: 'text',
      values: { en: 'Hello!', nl: 'Hallo!', fr: 'Bonjour !' },
      botloom: { key: 'messages.0.text', sourceHash: { fr: textHash('Hello') } },
    });
    expect(r.bot.translations!.rows.map((row) => row.botloom.key)).toContain('invalidMessage');
    expect(r.bot.intents[0]!.expressions).toEqual({ fr: ['bonjour'], nl: ['hallo'] });
  });

  it('says that Chatlayer’s place for the secondary languages is an assumption', () => {
    const r = ok(exportChatlayerBot(bot()));
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(
      /secondary languages \(nl, fr\).*does not document/,
    );
  });

  it('imports every language back as it was, stale sources included', () => {
    const p = bot();
    const back = importChatlayerBot(ok(exportChatlayerBot(p)).text);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.project.secondaryLanguages).toEqual(['nl', 'fr']);
    const byId = (blocks: { id: string }[]) => [...blocks].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.project.flows[0]!.blocks)).toEqual(byId(p.flows[0]!.blocks));
    expect(back.project.intents).toEqual(p.intents);
  });

  it('reads an export written before hashes, whose rows carry the older primary text in `from`', () => {
    const p = bot();
    const exported = JSON.parse(ok(exportChatlayerBot(p)).text) as {
      translations: {
        rows: { botloom: { sourceHash?: Record<string, string>; from?: Record<string, string> } }[];
      };
    };
    const row = exported.translations.rows.find((r) => r.botloom.sourceHash)!;
    expect(row.botloom.sourceHash).toEqual({ fr: textHash('Hello') });
    row.botloom = { ...row.botloom, sourceHash: undefined, from: { fr: 'Hello' } };
    const back = importChatlayerBot(JSON.stringify(exported));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const byId = (blocks: { id: string }[]) => [...blocks].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.project.flows[0]!.blocks)).toEqual(byId(p.flows[0]!.blocks));
  });

  it('writes no translations section for a single-language bot', () => {
    const { secondaryLanguages: _languages, ...single } = bot();
    const r = ok(exportChatlayerBot(single));
    expect('translations' in r.bot).toBe(false);
  });
});
