import { describe, expect, it } from 'vitest';
import { textHash } from '../../../engine/model';
import { matchLanguage } from '../../../engine/runtime/language';
import type { IntentClassifier } from '../../../engine/runtime';
import { converse, expectValidTrace, project, texts } from './fixtures';

const hello = {
  kind: 'text',
  text: 'Hello',
  translations: {
    nl: { text: 'Hallo', textHash: textHash('Hello') },
    fr: { text: 'Bonjour', textHash: textHash('Hello') },
  },
};
const pick = {
  kind: 'quickReplies',
  text: 'Language?',
  translations: { nl: { text: 'Taal?', textHash: textHash('Language?') } },
  replies: [
    { title: 'Nederlands', goTo: 'greet', set: { 'internal.preferredLanguage': 'nl' } },
    { title: 'Français', goTo: 'greet', set: { 'internal.preferredLanguage': 'fr' } },
  ],
};

function trilingual() {
  return project(
    [
      { id: 'greet', type: 'message', messages: [hello], next: 'choose' },
      { id: 'choose', type: 'message', messages: [pick] },
    ],
    { secondaryLanguages: ['nl', 'fr'] },
  );
}

describe('the conversation language (docs/file-format.md#languages)', () => {
  it('sends the primary texts by default and the language’s texts when the conversation starts in it', async () => {
    expect(texts((await converse(trilingual()).start()).messages)).toEqual(['Hello', 'Language?']);
    expect(texts((await converse(trilingual(), { language: 'nl' }).start()).messages)).toEqual([
      'Hallo',
      'Taal?',
    ]);
  });

  it('follows internal.preferredLanguage set during the conversation: the next texts change', async () => {
    const c = converse(trilingual());
    await c.start();
    const turn = await c.click('Français');
    expect(texts(turn.messages)).toEqual(['Bonjour', 'Language?']);
    expectValidTrace(c.events);
  });

  it('sends the primary text where a translation is missing, with a warning in the trace', async () => {
    const c = converse(trilingual(), { language: 'fr' });
    const turn = await c.start();
    expect(texts(turn.messages)).toEqual(['Bonjour', 'Language?']);
    const warning = turn.events.find((e) => e.type === 'warning' && e.code === 'translation-missing');
    expect(warning).toMatchObject({ blockId: 'choose', path: 'messages.0.text' });
  });

  it('reads internal.locale when preferredLanguage names no language of the bot, and the base language of a region', async () => {
    const c = converse(trilingual(), { language: 'de' });
    expect(texts((await c.start()).messages)[0]).toBe('Hello');
    expect(matchLanguage('nl_BE', ['en', 'nl'])).toBe('nl');
    expect(matchLanguage('FR-be', ['en', 'fr'])).toBe('fr');
    expect(matchLanguage('de', ['en', 'nl'])).toBeUndefined();
  });

  it('asks the intent model of the conversation’s language', async () => {
    const asked: (string | undefined)[] = [];
    const intents: IntentClassifier = {
      classify: (_text, language) => {
        asked.push(language);
        return [];
      },
    };
    const c = converse(trilingual(), { language: 'nl', intents });
    await c.start();
    await c.say('hoi');
    expect(asked).toEqual(['nl']);
  });
});
