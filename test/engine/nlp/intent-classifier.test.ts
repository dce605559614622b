import { describe, expect, it } from 'vitest';
import { DEFAULT_NLP_THRESHOLD, type Intent } from '../../../engine/model';
import { buildIntentClassifier, intentsHash, isStemmed, trainIntentClassifier } from '../../../engine/nlp';

const support: Intent[] = [
  {
    id: 'order_pizza',
    examples: [
      'I want a pizza',
      'order a pizza',
      'can I get a pizza',
      'I would like to order food',
      'pizza please',
    ],
  },
  {
    id: 'track_order',
    examples: [
      'where is my order',
      'track my delivery',
      'when will my pizza arrive',
      'how long does delivery take',
    ],
  },
  {
    id: 'cancel',
    examples: ['cancel my order', 'I want to cancel', 'stop my order please', 'I changed my mind'],
  },
  {
    id: 'human',
    examples: [
      'talk to a human',
      'speak to an agent',
      'I want a real person',
      'connect me with support staff',
    ],
  },
];

function best(intents: Intent[], language: string, text: string) {
  return buildIntentClassifier(intents, language).classify(text)[0];
}

describe('intent classifier (docs/file-format.md#turn-order step 2)', () => {
  it.each([
    ['I would love a pizza', 'order_pizza'],
    ['could you get me a pizza?', 'order_pizza'],
    ['where is my delivery', 'track_order'],
    ['when does my food arrive?', 'track_order'],
    ['please cancel it', 'cancel'],
    ['can I speak with a person', 'human'],
    ['let me talk to an actual human being', 'human'],
  ])('recognises the paraphrase %j as %s above the threshold', (text, intent) => {
    const top = best(support, 'en', text);
    expect(top?.intent).toBe(intent);
    expect(top!.score).toBeGreaterThan(DEFAULT_NLP_THRESHOLD);
  });

  it.each([
    ['ordr a pizaa', 'order_pizza'],
    ['wher is my delivry', 'track_order'],
    ['cancell my ordr', 'cancel'],
    ['spaek to an agnet', 'human'],
  ])('tolerates the typos in %j', (text, intent) => {
    const top = best(support, 'en', text);
    expect(top?.intent).toBe(intent);
    expect(top!.score).toBeGreaterThan(DEFAULT_NLP_THRESHOLD);
  });

  it.each([
    'what is the weather in Paris',
    'my laptop screen is broken',
    'I like turtles',
    'what time do you close on sunday',
    'hello',
    'asdf qwerty',
    '',
  ])('keeps the unrelated %j below the threshold', (text) => {
    const top = best(support, 'en', text);
    expect(top?.score ?? 0).toBeLessThanOrEqual(DEFAULT_NLP_THRESHOLD);
  });

  it('returns scores between 0 and 1, best first', () => {
    const scores = buildIntentClassifier(support, 'en').classify('I want to cancel my pizza order');
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) expect(s.score).toBeGreaterThan(0);
    expect(scores.reduce((sum, s) => sum + s.score, 0)).toBeLessThanOrEqual(1.000001);
    expect([...scores].sort((a, b) => b.score - a.score)).toEqual(scores);
    expect(scores[0]!.intent).toBe('cancel');
  });

  it('recognises Dutch, French and German paraphrases with their stemmers', () => {
    const nl: Intent[] = [
      { id: 'bestellen', examples: ['ik wil een pizza bestellen', 'mag ik een pizza', 'een pizza graag'] },
      { id: 'status', examples: ['waar blijft mijn bestelling', 'wanneer komt mijn levering'] },
    ];
    for (const text of ['ik zou graag pizza’s bestellen', "ik zou graag pizza's bestellen"]) {
      const top = best(nl, 'nl-BE', text);
      expect(top?.intent).toBe('bestellen');
      expect(top!.score).toBeGreaterThan(DEFAULT_NLP_THRESHOLD);
    }
    expect(best(nl, 'nl', 'waar is mijn bestelling?')?.intent).toBe('status');
    const fr: Intent[] = [
      { id: 'commander', examples: ['je voudrais commander une pizza', 'une pizza s’il vous plaît'] },
      { id: 'annuler', examples: ['annuler ma commande', 'je veux annuler'] },
    ];
    expect(best(fr, 'fr', 'je veux commander des pizzas')?.intent).toBe('commander');
    expect(best(fr, 'fr-BE', 'annulez la commande')?.intent).toBe('annuler');
    const de: Intent[] = [
      { id: 'bestellen', examples: ['ich möchte eine Pizza bestellen', 'eine Pizza bitte'] },
      { id: 'stornieren', examples: ['Bestellung stornieren', 'ich will stornieren'] },
    ];
    expect(best(de, 'de', 'ich möchte zwei Pizzen bestellen')?.intent).toBe('bestellen');
    expect(best(de, 'de', 'bitte meine Bestellung stornieren')?.intent).toBe('stornieren');
    expect(['en', 'nl-BE', 'fr', 'de'].every(isStemmed)).toBe(true);
  });

  it('falls back to a language-agnostic tokenizer for other languages, accents folded, typos tolerated', () => {
    expect(isStemmed('es')).toBe(false);
    const es: Intent[] = [
      { id: 'pedir', examples: ['quiero pedir una pizza', 'una pizza por favor'] },
      { id: 'cancelar', examples: ['cancelar mi pedido', 'quiero cancelar'] },
    ];
    expect(best(es, 'es', 'Quiero una PIZZA')?.intent).toBe('pedir');
    expect(best(es, 'es', 'cancelár el pedidoo')?.intent).toBe('cancelar');
  });

  it('classifies nothing without intents', () => {
    expect(buildIntentClassifier([], 'en').classify('I want a pizza')).toEqual([]);
  });

  it('caches a trained classifier by a hash of the intents and language', async () => {
    const a = await trainIntentClassifier(support, 'en');
    const b = await trainIntentClassifier(structuredClone(support), 'en');
    expect(b).toBe(a);
    const c = await trainIntentClassifier(support, 'nl');
    expect(c).not.toBe(a);
    const changed = support.map((i) =>
      i.id === 'cancel' ? { ...i, examples: [...i.examples, 'abort it'] } : i,
    );
    expect(intentsHash(changed, 'en')).not.toBe(intentsHash(support, 'en'));
    expect(await trainIntentClassifier(changed, 'en')).not.toBe(a);
    // The target block does not change the model.
    expect(
      intentsHash(
        support.map((i) => ({ ...i, block: 'x' })),
        'en',
      ),
    ).toBe(intentsHash(support, 'en'));
  });

  it('trains a realistic project (20 intents × 15 examples) quickly', () => {
    const intents: Intent[] = Array.from({ length: 20 }, (_, i) => ({
      id: `topic_${i}`,
      examples: Array.from(
        { length: 15 },
        (_, j) => `question ${j} about subject${i} and detail${j} of item${i}x${j}`,
      ),
    }));
    const started = performance.now();
    const c = buildIntentClassifier(intents, 'en');
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(2_000);
    expect(c.classify('tell me about subject7 please')[0]?.intent).toBe('topic_7');
  });
});
