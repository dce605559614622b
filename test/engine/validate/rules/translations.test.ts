import { describe, expect, it } from 'vitest';
import { textHash, type Message, type Project } from '../../../../engine/model';
import { message, project } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

const hello: Message = {
  kind: 'text',
  text: 'Hello',
  translations: { nl: { text: 'Hallo', textHash: textHash('Hello') } },
};

function bot(messages: Message[], extra: Partial<Project> = {}): Project {
  return project({
    blocks: [message('welcome', { messages })],
    secondaryLanguages: ['nl', 'fr'],
    ...extra,
  });
}

describe('translations (docs/file-format.md#languages)', () => {
  it('warns once per block and language about texts without a translation', () => {
    const found = diagnosticsOf(bot([hello, { kind: 'text', text: 'Bye' }]), 'translation-missing');
    expect(found.map((d) => [d.blockId, d.severity, d.message.match(/"(nl|fr)"/)![1]])).toEqual([
      ['welcome', 'warning', 'nl'],
      ['welcome', 'warning', 'fr'],
    ]);
    expect(found[0]!.message).toContain('1 text without a "nl" translation (messages.1.text)');
    expect(found[1]!.message).toContain('2 texts without a "fr" translation');
  });

  it('says a translation may be stale when the primary text changed after it was written', () => {
    const found = diagnosticsOf(bot([{ ...hello, text: 'Hello there' }]), 'translation-stale');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/"nl" translation of messages\.0\.text may be stale/);
  });

  it('stays quiet for a single-language project and for fully translated texts', () => {
    expect(diagnosticsOf(project({ blocks: [message('welcome')] }), 'translation-missing')).toEqual([]);
    const full: Message = {
      ...hello,
      translations: {
        ...hello.translations,
        fr: { text: 'Bonjour', textHash: textHash('Hello') },
      },
    };
    expect(diagnosticsOf(bot([full]), 'translation-missing')).toEqual([]);
    expect(diagnosticsOf(bot([full]), 'translation-stale')).toEqual([]);
  });

  it('flags intents without examples in a language, and tests or translations in a language the bot lacks', () => {
    const p = bot(
      [
        {
          ...hello,
          translations: {
            ...hello.translations,
            de: { text: 'Hallo', textHash: textHash('Hello') },
          },
        },
      ],
      {
        intents: [{ id: 'hi', examples: ['hi'], examplesByLanguage: { nl: ['hoi'] } }],
        tests: [{ name: 'auf Deutsch', language: 'de', steps: [] }],
      },
    );
    expect(diagnosticsOf(p, 'translation-missing').map((d) => d.path)).toContain('intents[0].examples');
    const unknown = diagnosticsOf(p, 'unknown-language');
    expect(unknown.map((d) => d.severity)).toEqual(['error', 'warning']);
    expect(unknown.map((d) => d.message).join('\n')).toMatch(
      /test "auf Deutsch" runs in "de"[\s\S]*translations into "de"/,
    );
  });
});
