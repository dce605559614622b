// Knowledge sources as passages (docs/file-format.md#knowledge): an FAQ row is one passage; a document
// is split at its headings, then at blank lines, and each paragraph is a passage titled by its headings.
import type { KnowledgeSource } from '../model';

export interface Passage {
  /** `<source id>#<n>`, n counting from 1 in source order. */
  id: string;
  sourceId: string;
  sourceName: string;
  kind: KnowledgeSource['kind'];
  tags: readonly string[];
  /** The FAQ question, or the document's headings above the paragraph (`Returns › Refunds`). */
  title: string;
  /** The text searched besides the title; also the answer of a document passage. */
  text: string;
  /** What the bot answers with: the FAQ answer or the paragraph. */
  answer: string;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Markdown inline markup a chat bubble would show literally: emphasis, code ticks, links. */
export function plainMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S.*?\S|\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1');
}

/** The paragraphs of a document with the headings above each, in order. */
export function documentParagraphs(
  text: string,
  format: 'markdown' | 'text',
): { headings: string[]; text: string; line: number }[] {
  const out: { headings: string[]; text: string; line: number }[] = [];
  const headings: string[] = [];
  let lines: string[] = [];
  let start = 0;
  let fenced = false;
  const flush = () => {
    const body = lines.join('\n').trim();
    if (body !== '')
      out.push({
        headings: [...headings],
        text: format === 'markdown' ? plainMarkdown(body) : body,
        line: start,
      });
    lines = [];
  };
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (format === 'markdown' && /^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = format === 'markdown' && !fenced ? HEADING.exec(line) : null;
    if (heading) {
      flush();
      const level = heading[1]!.length;
      headings.length = Math.min(headings.length, level - 1);
      while (headings.length < level - 1) headings.push('');
      headings.push(plainMarkdown(heading[2]!));
      return;
    }
    if (line.trim() === '' && !fenced) return flush();
    if (lines.length === 0) start = i + 1;
    lines.push(line);
  });
  flush();
  return out;
}

/** Every passage of the given sources, in source order. */
export function knowledgePassages(sources: readonly KnowledgeSource[]): Passage[] {
  const out: Passage[] = [];
  for (const source of sources) {
    const base = {
      sourceId: source.id,
      sourceName: source.name,
      kind: source.kind,
      tags: source.tags ?? [],
    };
    if (source.kind === 'faq')
      source.rows.forEach((row, i) =>
        out.push({
          ...base,
          id: `${source.id}#${i + 1}`,
          title: row.question,
          text: row.answer,
          answer: row.answer,
        }),
      );
    else
      documentParagraphs(source.text, source.format).forEach((p, i) =>
        out.push({
          ...base,
          id: `${source.id}#${i + 1}`,
          title: p.headings.filter((h) => h !== '').join(' › '),
          text: p.text,
          answer: p.text,
        }),
      );
  }
  return out;
}
