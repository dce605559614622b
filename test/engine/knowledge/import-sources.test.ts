// Importing knowledge sources: an FAQ CSV and Markdown/text documents; bad input is a list of problems
// that say what, where and how to fix, and no source.
import { describe, expect, it } from 'vitest';
import { freeSourceId, importFaqCsv, importKnowledgeFile, sourceIdOf } from '../../../engine/knowledge';

describe('FAQ CSV import', () => {
  it('reads the question and answer columns (any order, other columns ignored, quoted commas kept)', () => {
    const r = importFaqCsv(
      'topic,Answer,Question\nship,"Within 3 to 5 days, by post.",How long does shipping take?\n',
      { fileName: 'faq.csv', tags: ['shop'] },
    );
    expect(r).toEqual({
      ok: true,
      source: {
        id: 'faq',
        name: 'faq.csv',
        tags: ['shop'],
        kind: 'faq',
        rows: [{ question: 'How long does shipping take?', answer: 'Within 3 to 5 days, by post.' }],
      },
    });
  });

  it('reports an unclosed quote with its line and how to fix it', () => {
    const r = importFaqCsv('question,answer\n"Open quote,never closed\n', { fileName: 'faq.csv' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'faq-csv-syntax', line: 2 });
    expect(r.problems[0]!.message).toMatch(/^faq\.csv, line 2: .*close the quoted field with a "/);
  });

  it('reports a missing answer column, naming the columns found', () => {
    const r = importFaqCsv('question,reply\nHi?,Hello\n', { fileName: 'faq.csv' });
    expect(r).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: 'faq-csv-columns',
          line: 1,
          message: expect.stringContaining('no "answer" column (found: "question", "reply")'),
        }),
      ],
    });
  });

  it('reports every row with an empty question or answer, by line', () => {
    const r = importFaqCsv('question,answer\nA?,Yes\n,No question\nB?,\n', { fileName: 'faq.csv' });
    expect(r.ok ? [] : r.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'faq.csv, line 3: the question is empty; fill it in or delete the line.'],
      [4, 'faq.csv, line 4: the answer is empty; fill it in or delete the line.'],
    ]);
  });

  it('refuses a file with a header and no rows, and an empty file', () => {
    expect(importFaqCsv('question,answer\n', { fileName: 'f.csv' })).toMatchObject({
      ok: false,
      problems: [{ code: 'faq-csv-empty' }],
    });
    expect(importFaqCsv('', { fileName: 'f.csv' })).toMatchObject({
      ok: false,
      problems: [{ code: 'faq-csv-empty' }],
    });
  });

  it('refuses a tag with a space', () => {
    const r = importFaqCsv('question,answer\nA?,B\n', { fileName: 'f.csv', tags: ['two words'] });
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'source-invalid' }] });
  });
});

describe('document import', () => {
  it('keeps a Markdown document as written, by file extension', () => {
    const r = importKnowledgeFile('# Hours\n\nOpen daily.\n', { fileName: 'docs/store guide.md' });
    expect(r).toMatchObject({
      ok: true,
      source: { id: 'store-guide', kind: 'document', format: 'markdown' },
    });
    expect(importKnowledgeFile('Open daily.', { fileName: 'a.txt' })).toMatchObject({
      ok: true,
      source: { format: 'text' },
    });
  });

  it('refuses an empty document and one with headings only, saying what to do', () => {
    expect(importKnowledgeFile('  \n\n', { fileName: 'guide.md' })).toEqual({
      ok: false,
      problems: [
        {
          code: 'document-empty',
          message: 'guide.md is empty; write the text the bot should answer from, or pick another file.',
        },
      ],
    });
    expect(importKnowledgeFile('# Title\n## Part\n', { fileName: 'guide.md' })).toMatchObject({
      ok: false,
      problems: [{ code: 'document-empty', message: expect.stringContaining('headings but no text') }],
    });
  });

  it('refuses an unknown file kind', () => {
    expect(importKnowledgeFile('x', { fileName: 'guide.pdf' })).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('import an FAQ as .csv, a document as .md or .txt') }],
    });
  });

  it('derives ids from file names and keeps them unique', () => {
    expect(sourceIdOf('C:\\data\\FAQ 2024.csv')).toBe('FAQ-2024');
    const taken = [{ id: 'faq', kind: 'faq' as const, name: 'x', rows: [{ question: 'q', answer: 'a' }] }];
    expect(freeSourceId('faq', taken)).toBe('faq-2');
  });
});
