// The knowledge retrieval index: passages from FAQ rows and documents, stemmed BM25 ranking, a 0–1
// score against the threshold, tags restricting the sources, and one index per version of the sources.
import { describe, expect, it } from 'vitest';
import { documentParagraphs, knowledgeIndex, plainMarkdown } from '../../../engine/knowledge';
import { Knowledge } from '../../../engine/model';

const knowledge = Knowledge.parse({
  sources: [
    {
      id: 'faq',
      kind: 'faq',
      name: 'Shop FAQ',
      tags: ['shop'],
      rows: [
        { question: 'How long does shipping take?', answer: 'Parcels arrive within 3 to 5 working days.' },
        { question: 'Which payment methods do you accept?', answer: 'Visa, Mastercard and PayPal.' },
      ],
    },
    {
      id: 'guide',
      kind: 'document',
      format: 'markdown',
      name: 'Store guide',
      tags: ['store'],
      text: '# Store\n\n## Opening hours\n\nThe shop is **open** Monday to Saturday.\n\n## Parking\n\nFree parking behind the store.',
    },
  ],
});

describe('knowledge passages', () => {
  it('splits Markdown at headings and blank lines, titling each paragraph by its headings', () => {
    expect(documentParagraphs('# A\n\nOne\ntwo\n\nThree\n### C\nFour', 'markdown')).toEqual([
      { headings: ['A'], text: 'One\ntwo', line: 3 },
      { headings: ['A'], text: 'Three', line: 6 },
      { headings: ['A', '', 'C'], text: 'Four', line: 8 },
    ]);
  });

  it('shows Markdown emphasis, code and links as plain text', () => {
    expect(plainMarkdown('**Free** `parking`, see [the map](https://x.test/map).')).toBe(
      'Free parking, see the map (https://x.test/map).',
    );
  });
});

describe('knowledge index', () => {
  const index = knowledgeIndex(knowledge, 'en');

  it('answers a paraphrased question with the best passage, stemmed ("shipped" finds "shipping")', () => {
    const a = index.ask('when will my order be shipped?');
    expect(a.best?.passage).toMatchObject({
      id: 'faq#1',
      sourceId: 'faq',
      answer: expect.stringContaining('3 to 5'),
    });
    expect(a.best!.score).toBeGreaterThan(a.threshold);
    expect(a.best!.matched).toContain('ship');
  });

  it('finds a document paragraph by its heading and gives it as plain text', () => {
    const a = index.ask('Where can I park?');
    expect(a.best?.passage).toMatchObject({ id: 'guide#2', title: 'Store › Parking' });
    expect(index.ask('are you open on monday')?.best?.passage.answer).toBe(
      'The shop is open Monday to Saturday.',
    );
  });

  it('has no answer below the threshold, and none for an off-topic question', () => {
    expect(index.ask('who won the world cup in 1998?').best).toBeUndefined();
    expect(index.ask('how are you').ranked).toEqual([]);
    const strict = index.ask('when will my order be shipped?', { threshold: 0.99 });
    expect(strict.best).toBeUndefined();
    expect(strict.ranked[0]?.passage.id).toBe('faq#1');
  });

  it('searches only sources with one of the given tags', () => {
    expect(
      index.ask('Where can I park?', { tags: ['shop'] }).ranked.every((r) => r.passage.sourceId === 'faq'),
    ).toBe(true);
    expect(index.ask('Where can I park?', { tags: ['store', 'other'] }).best?.passage.sourceId).toBe('guide');
  });

  it('builds one index per version of the sources and language', () => {
    expect(knowledgeIndex(knowledge, 'en')).toBe(index);
    expect(knowledgeIndex(knowledge, 'nl')).not.toBe(index);
    expect(knowledgeIndex({ ...knowledge }, 'en')).not.toBe(index);
  });
});
