// Reading knowledge sources from files (docs/file-format.md#knowledge): an FAQ CSV with `question` and
// `answer` columns, a Markdown or text document. Bad input is a list of problems, each saying what is
// wrong, where (line) and how to fix it; nothing is returned to add then, so nothing changes.
import Papa from 'papaparse';
import {
  DocumentSource,
  FaqSource,
  ID_PATTERN,
  KnowledgeTag,
  type FaqRow,
  type KnowledgeSource,
} from '../model';
import { documentParagraphs } from './passages';

export interface KnowledgeImportProblem {
  code:
    | 'faq-csv-syntax'
    | 'faq-csv-columns'
    | 'faq-csv-row'
    | 'faq-csv-empty'
    | 'document-empty'
    | 'source-invalid';
  message: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
}

export type KnowledgeImport =
  { ok: true; source: KnowledgeSource } | { ok: false; problems: KnowledgeImportProblem[] };

export interface ImportOptions {
  /** The file name, shown in messages and the default source name. */
  fileName: string;
  id?: string;
  name?: string;
  tags?: readonly string[];
}

/** `faq.csv` → `faq`, made a valid source id (letters, digits, _ and -). */
export function sourceIdOf(fileName: string): string {
  const base = fileName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const id = base
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return ID_PATTERN.test(id) ? id : 'source';
}

/** An id not yet taken by `sources` (`faq`, `faq-2`, …). */
export function freeSourceId(wanted: string, sources: readonly KnowledgeSource[]): string {
  const taken = new Set(sources.map((s) => s.id));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted.slice(0, 60)}-${n}`)) return `${wanted.slice(0, 60)}-${n}`;
}

function checkTags(tags: readonly string[] | undefined, file: string): KnowledgeImportProblem[] {
  return (tags ?? [])
    .filter((t) => !KnowledgeTag.safeParse(t).success)
    .map((t) => ({
      code: 'source-invalid' as const,
      message: `${file}: the tag "${t}" is not valid: a tag is 1 to 40 letters, digits, _ or - (no spaces).`,
    }));
}

const base = (o: ImportOptions) => ({
  id: o.id ?? sourceIdOf(o.fileName),
  name: o.name ?? o.fileName.split(/[\\/]/).pop()!,
  ...(o.tags?.length ? { tags: [...o.tags] } : {}),
});

const HOW_COLUMNS =
  'The first line must name the columns, with one called "question" and one called "answer" ' +
  '(e.g. `question,answer`); other columns are ignored.';

/** An FAQ source from CSV text: a header line with `question` and `answer`, then one row per line. */
export function importFaqCsv(text: string, options: ImportOptions): KnowledgeImport {
  const file = options.fileName;
  const problems = checkTags(options.tags, file);
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return { ok: false, problems: [{ code: 'faq-csv-empty', message: `${file} is empty. ${HOW_COLUMNS}` }] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  // Papaparse counts rows from 0 (the header is row 0); lines are 1-based in messages. A file of one
  // column has no delimiter to detect: Papaparse then reads it with commas, which is what we want.
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  for (const e of errors.slice(0, 10)) {
    const line = e.row !== undefined ? e.row + 1 : undefined;
    const fix =
      e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
        ? 'close the quoted field with a " (write "" for a quote inside a field)'
        : 'check the separators and quotes of that line';
    problems.push({
      code: 'faq-csv-syntax',
      message: `${file}${line ? `, line ${line}` : ''}: ${e.message}; ${fix}.`,
      ...(line ? { line } : {}),
    });
  }
  if (problems.length) return { ok: false, problems };
  const [header, ...rows] = parsed.data;
  if (!header)
    return { ok: false, problems: [{ code: 'faq-csv-empty', message: `${file} is empty. ${HOW_COLUMNS}` }] };
  const names = header.map((h) => h.trim().toLowerCase());
  const qi = names.indexOf('question');
  const ai = names.indexOf('answer');
  if (qi < 0 || ai < 0)
    return {
      ok: false,
      problems: [
        {
          code: 'faq-csv-columns',
          line: 1,
          message: `${file}, line 1: no "${qi < 0 ? 'question' : 'answer'}" column (found: ${header.map((h) => `"${h}"`).join(', ')}). ${HOW_COLUMNS}`,
        },
      ],
    };
  const faq: FaqRow[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const question = (row[qi] ?? '').trim();
    const answer = (row[ai] ?? '').trim();
    const missing = [question ? '' : 'question', answer ? '' : 'answer'].filter(Boolean);
    if (missing.length)
      problems.push({
        code: 'faq-csv-row',
        line,
        message: `${file}, line ${line}: the ${missing.join(' and the ')} ${missing.length > 1 ? 'are' : 'is'} empty; fill ${missing.length > 1 ? 'them' : 'it'} in or delete the line.`,
      });
    else faq.push({ question, answer });
  });
  if (problems.length) return { ok: false, problems };
  if (!faq.length)
    return {
      ok: false,
      problems: [
        {
          code: 'faq-csv-empty',
          message: `${file} has a header line but no rows; add one question and answer per line.`,
        },
      ],
    };
  const source = FaqSource.safeParse({ ...base(options), kind: 'faq', rows: faq });
  if (!source.success)
    return {
      ok: false,
      problems: source.error.issues.map((i) => ({
        code: 'source-invalid',
        message: `${file}: ${i.message}`,
      })),
    };
  return { ok: true, source: source.data };
}

/** A document source from Markdown or plain text; one without any paragraph is refused. */
export function importDocument(
  text: string,
  format: 'markdown' | 'text',
  options: ImportOptions,
): KnowledgeImport {
  const file = options.fileName;
  const problems = checkTags(options.tags, file);
  if (problems.length) return { ok: false, problems };
  if (documentParagraphs(text, format).length === 0)
    return {
      ok: false,
      problems: [
        {
          code: 'document-empty',
          message:
            text.trim() === ''
              ? `${file} is empty; write the text the bot should answer from, or pick another file.`
              : `${file} has headings but no text under them; add paragraphs, which are what the bot answers with.`,
        },
      ],
    };
  const source = DocumentSource.safeParse({ ...base(options), kind: 'document', format, text });
  if (!source.success)
    return {
      ok: false,
      problems: source.error.issues.map((i) => ({
        code: 'source-invalid',
        message: `${file}: ${i.message}`,
      })),
    };
  return { ok: true, source: source.data };
}

/** The importer for a file by its extension: .csv (FAQ), .md/.markdown, .txt. */
export function importKnowledgeFile(text: string, options: ImportOptions): KnowledgeImport {
  const ext = options.fileName.toLowerCase().split('.').pop();
  if (ext === 'csv') return importFaqCsv(text, options);
  if (ext === 'md' || ext === 'markdown') return importDocument(text, 'markdown', options);
  if (ext === 'txt') return importDocument(text, 'text', options);
  return {
    ok: false,
    problems: [
      {
        code: 'source-invalid',
        message: `${options.fileName}: unknown kind of file; import an FAQ as .csv, a document as .md or .txt.`,
      },
    ],
  };
}
