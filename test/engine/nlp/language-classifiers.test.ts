import { describe, expect, it } from 'vitest';
import { trainProjectClassifier } from '../../../engine/nlp';
import type { Intent } from '../../../engine/model';

const intents: Intent[] = [
  {
    id: 'order',
    examples: ['I want a pizza', 'order a pizza please', 'can I get a pizza'],
    examplesByLanguage: { nl: ['ik wil een pizza', 'pizza bestellen', 'mag ik een pizza'] },
  },
  {
    id: 'hours',
    examples: ['when are you open', 'opening hours', 'what time do you close'],
    examplesByLanguage: { nl: ['wanneer zijn jullie open', 'openingsuren', 'hoe laat sluiten jullie'] },
  },
];

describe('one intent model per language (docs/file-format.md#languages)', () => {
  it('trains a model for each language with examples and classifies with the conversation’s one', async () => {
    const classifier = (await trainProjectClassifier({
      language: 'en',
      secondaryLanguages: ['nl', 'fr'],
      intents,
    }))!;
    expect([...classifier.models.keys()]).toEqual(['en', 'nl']);
    expect(classifier.classify('wanneer zijn jullie open', 'nl')[0]!.intent).toBe('hours');
    expect(classifier.classify('ik wil een pizza', 'nl')[0]!.intent).toBe('order');
    expect(classifier.classify('opening hours', 'en')[0]!.intent).toBe('hours');
  });

  it('uses the primary model for a language without examples, and none without intents', async () => {
    const classifier = (await trainProjectClassifier({
      language: 'en',
      secondaryLanguages: ['fr'],
      intents,
    }))!;
    expect(classifier.classify('order a pizza please', 'fr')[0]!.intent).toBe('order');
    expect(await trainProjectClassifier({ language: 'en', intents: [] })).toBeUndefined();
  });
});
