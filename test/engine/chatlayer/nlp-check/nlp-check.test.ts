import { describe, expect, it } from 'vitest';
import { formatNlpCheck, nlpCheck, type ExtractIntents } from '../../../../engine/chatlayer/nlp-check';
import { project, message } from '../../../builders';

const bot = project({
  blocks: [message('welcome'), message('order'), message('cancel')],
  intents: [
    { id: 'order_pizza', examples: ['I want a pizza', 'order a pizza please'], block: 'order' },
    { id: 'cancel', examples: ['cancel my order', 'stop it'], block: 'cancel' },
  ],
});

const live: Record<string, { intent: string; score: number }[]> = {
  'I want a pizza': [{ intent: 'order_pizza', score: 0.97 }],
  'order a pizza please': [
    { intent: 'order_pizza', score: 0.55 },
    { intent: 'cancel', score: 0.1 },
  ],
  'cancel my order': [
    { intent: 'order_pizza', score: 0.3 },
    { intent: 'cancel', score: 0.8 },
  ],
  'stop it': [],
};
const extract: ExtractIntents = async (e) => live[e] ?? [];

describe('NLP check', () => {
  it('lists examples classified differently, at or below the threshold, or not at all', async () => {
    const r = await nlpCheck(bot, extract);
    expect(r.checked).toBe(4);
    expect(r.threshold).toBe(0.7);
    expect(r.rows).toEqual([
      {
        intent: 'order_pizza',
        example: 'order a pizza please',
        liveIntent: 'order_pizza',
        score: 0.55,
        problem: 'low-score',
      },
      { intent: 'cancel', example: 'stop it', liveIntent: null, score: null, problem: 'no-intent' },
    ]);
  });

  it('uses the top live intent, whatever order the platform answers in', async () => {
    const r = await nlpCheck(bot, async (e) =>
      e === 'I want a pizza'
        ? [
            { intent: 'cancel', score: 0.2 },
            { intent: 'cancel_x', score: 0.9 },
          ]
        : (live[e] ?? []),
    );
    expect(r.rows[0]).toMatchObject({
      example: 'I want a pizza',
      liveIntent: 'cancel_x',
      problem: 'different-intent',
    });
  });

  it('takes the project threshold', async () => {
    const r = await nlpCheck({ ...bot, nlp: { threshold: 0.5 } }, extract);
    expect(r.rows.map((x) => x.example)).toEqual(['stop it']);
  });

  it('prints a table, or one line when all agree', async () => {
    expect(formatNlpCheck(await nlpCheck(bot, extract))).toMatch(
      /intent\s+example\s+live intent\s+score\s+problem[\s\S]*2 of 4 examples differ/,
    );
    expect(formatNlpCheck({ checked: 3, threshold: 0.7, rows: [] })).toBe(
      'All 3 intent examples are classified as in the project (threshold 0.7).\n',
    );
  });
});

describe('NLP check per language', () => {
  const trilingual = {
    ...bot,
    language: 'en',
    secondaryLanguages: ['nl', 'fr'],
    intents: [
      { id: 'order_pizza', examples: ['I want a pizza'], examplesByLanguage: { nl: ['ik wil een pizza'] } },
    ],
  };

  it('sends each example in its own language and names the language in the table', async () => {
    const asked: string[] = [];
    const r = await nlpCheck(trilingual, async (e, language) => {
      asked.push(`${language}:${e}`);
      return [];
    });
    expect(asked).toEqual(['en:I want a pizza', 'nl:ik wil een pizza']);
    expect(r.languages).toEqual(['en', 'nl']);
    expect(r.rows.map((row) => row.language)).toEqual(['en', 'nl']);
    expect(formatNlpCheck(r)).toMatch(/intent\s+language\s+example/);
  });

  it('checks one language when asked', async () => {
    const r = await nlpCheck(trilingual, async () => [], { language: 'nl' });
    expect(r.checked).toBe(1);
    expect(r.rows[0]).toMatchObject({ example: 'ik wil een pizza' });
  });
});
