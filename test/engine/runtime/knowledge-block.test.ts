// Generate answer blocks (docs/file-format.md#generate-answer-block): offline answers from the local
// index, the noAnswer route, tags, a question template, knowledge mocks, and the knowledge trace event.
import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../engine/model';
import { converse, expectValidTrace, project, text, texts } from './fixtures';

const knowledge: ProjectInput['knowledge'] = {
  sources: [
    {
      id: 'faq',
      kind: 'faq',
      name: 'FAQ',
      tags: ['shop'],
      rows: [
        { question: 'How long does shipping take?', answer: 'Three to five days.' },
        { question: 'Which payment methods do you accept?', answer: 'Visa and PayPal.' },
      ],
    },
    {
      id: 'hours',
      kind: 'document',
      format: 'text',
      name: 'Hours',
      tags: ['store'],
      text: 'The store opens at nine on weekdays.',
    },
  ],
  mocks: [{ question: 'Do you sell gift cards?', answer: 'Yes, from 25 euros.', source: 'live' }],
};

const bot = (block: Record<string, unknown> = {}, extra: Partial<ProjectInput> = {}) =>
  project(
    [
      { id: 'hello', type: 'message', messages: [text('Ask me')] },
      { id: 'kb', type: 'knowledge', variable: 'kb', next: 'answer', noAnswer: 'none', ...block },
      { id: 'answer', type: 'message', messages: [text('{kb.answer} ({kb.sourceId})')] },
      { id: 'none', type: 'message', messages: [text('No idea')] },
    ],
    { fallbackBlock: 'kb', knowledge, ...extra },
  );

describe('Generate answer block', () => {
  it('answers from the best passage, stores it, and traces the ranking and the source', async () => {
    const c = converse(bot());
    await c.start();
    const turn = await c.say('when is my order shipped?');
    expect(texts(turn.messages)).toEqual(['Three to five days. (faq)']);
    expect(c.session.kb).toMatchObject({
      answer: 'Three to five days.',
      source: 'FAQ',
      sourceId: 'faq',
      passage: 'faq#1',
    });
    const event = turn.events.find((e) => e.type === 'knowledge');
    expect(event).toMatchObject({
      blockId: 'kb',
      question: 'when is my order shipped?',
      answeredBy: 'faq',
      passage: 'faq#1',
      ranked: [{ passage: 'faq#1', source: 'faq', title: 'How long does shipping take?' }],
    });
    expectValidTrace(turn.events);
  });

  it('takes the noAnswer route when nothing scores above the threshold', async () => {
    const c = converse(bot());
    await c.start();
    const turn = await c.say('tell me a joke about penguins');
    expect(texts(turn.messages)).toEqual(['No idea']);
    expect(turn.events.find((e) => e.type === 'knowledge')).not.toHaveProperty('answeredBy');
    expect(c.session.kb).toBeUndefined();
  });

  it('searches only the sources with its tags', async () => {
    const c = converse(bot({ tags: ['shop'] }));
    await c.start();
    expect(texts((await c.say('when does the store open?')).messages)).toEqual(['No idea']);
    const all = converse(bot());
    await all.start();
    expect(texts((await all.say('when does the store open?')).messages)).toEqual([
      'The store opens at nine on weekdays. (hours)',
    ]);
  });

  it('asks its question template instead of the last message', async () => {
    const c = converse(
      bot({ question: 'payment {topic}' }, { variables: [{ name: 'topic', default: 'methods' }] }),
    );
    await c.start();
    expect(texts((await c.say('anything')).messages)).toEqual(['Visa and PayPal. (faq)']);
  });

  it('replays a knowledge mock recorded for the question (case and punctuation aside)', async () => {
    const c = converse(bot());
    await c.start();
    const turn = await c.say('do you sell GIFT cards');
    expect(c.session.kb).toMatchObject({ answer: 'Yes, from 25 euros.', source: 'live' });
    expect(turn.events.find((e) => e.type === 'knowledge')).toMatchObject({
      answeredBy: 'live',
      mock: 0,
      ranked: [],
    });
  });

  it('ends the conversation when nothing answers and it has no noAnswer route', async () => {
    const c = converse(bot({ noAnswer: undefined }));
    await c.start();
    const turn = await c.say('penguins');
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'done' });
  });
});
