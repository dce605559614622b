// `botloom knowledge import|list|ask`: the project's knowledge sources (docs/file-format.md#knowledge).
// `import` adds FAQ CSVs and Markdown/text documents (all files or none: a bad file changes nothing);
// `ask` shows how a Generate answer block would answer a question offline, with the ranked passages.
import type { Command } from 'commander';
import { BoundedReadError, decodeUtf8Strict, readBoundedFile } from '../../engine/node/bounded-read';
import {
  freeSourceId,
  importKnowledgeFile,
  knowledgeIndex,
  sourceIdOf,
  type KnowledgeImportProblem,
} from '../../engine/knowledge';
import { DEFAULT_KNOWLEDGE_THRESHOLD, type KnowledgeSource, type Project } from '../../engine/model';
import { CliError } from '../cli-error';
import { loadProjectFile } from '../project-file';
import { requireSaved, unusableInput } from '../project-file-errors';

/** Knowledge files are read with the same checks as projects, capped at 8 MB. */
const MAX_KNOWLEDGE_FILE_BYTES = 8 * 1024 * 1024;

const tagList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

function load(file: string): Project {
  const r = loadProjectFile(file);
  if (!r.ok) throw unusableInput(file, r.errors);
  return r.project;
}

function readText(file: string): string {
  try {
    return decodeUtf8Strict(readBoundedFile(file, { maxBytes: MAX_KNOWLEDGE_FILE_BYTES }), file);
  } catch (e) {
    throw e instanceof BoundedReadError ? new CliError(e.message, 2) : e;
  }
}

function runImport(
  projectFile: string,
  files: string[],
  opts: { tags?: string; name?: string; id?: string },
) {
  if (files.length > 1 && (opts.name !== undefined || opts.id !== undefined))
    throw new CliError('--name and --id name one source: import one file at a time with them.', 2);
  const project = load(projectFile);
  const sources: KnowledgeSource[] = [...(project.knowledge?.sources ?? [])];
  const problems: KnowledgeImportProblem[] = [];
  for (const file of files) {
    const r = importKnowledgeFile(readText(file), {
      fileName: file,
      id: freeSourceId(opts.id ?? sourceIdOf(file), sources),
      ...(opts.name !== undefined ? { name: opts.name } : {}),
      tags: tagList(opts.tags),
    });
    if (r.ok) sources.push(r.source);
    else problems.push(...r.problems);
  }
  if (problems.length)
    throw new CliError(`nothing was imported:\n${problems.map((p) => `  ${p.message}`).join('\n')}`, 2);
  const added = sources.slice(project.knowledge?.sources.length ?? 0);
  requireSaved(
    projectFile,
    { ...project, knowledge: { ...project.knowledge, sources } },
    `Import ${added.length} knowledge source${added.length === 1 ? '' : 's'}`,
  );
  for (const s of added)
    process.stderr.write(
      `botloom: added knowledge source "${s.id}" (${s.kind === 'faq' ? `${s.rows.length} FAQ rows` : `${s.format} document`}) to ${projectFile}\n`,
    );
}

function runList(projectFile: string, opts: { json?: boolean }) {
  const project = load(projectFile);
  const index = knowledgeIndex(project.knowledge, project.language);
  const rows = (project.knowledge?.sources ?? []).map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    tags: s.tags ?? [],
    passages: index.passages.filter((p) => p.sourceId === s.id).length,
  }));
  if (opts.json) return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  if (!rows.length) return void process.stdout.write(`${projectFile} has no knowledge sources.\n`);
  for (const r of rows)
    process.stdout.write(
      `${r.id}  ${r.kind}  ${r.passages} passage${r.passages === 1 ? '' : 's'}${r.tags.length ? `  [${r.tags.join(', ')}]` : ''}  ${r.name}\n`,
    );
}

function runAsk(
  projectFile: string,
  question: string,
  opts: { tags?: string; threshold?: string; json?: boolean },
) {
  const project = load(projectFile);
  const threshold = opts.threshold === undefined ? DEFAULT_KNOWLEDGE_THRESHOLD : Number(opts.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
    throw new CliError(`--threshold must be a number from 0 to 1, not '${opts.threshold}'.`, 2);
  const a = knowledgeIndex(project.knowledge, project.language).ask(question, {
    tags: tagList(opts.tags),
    threshold,
  });
  if (opts.json) {
    const ranked = a.ranked.map((r) => ({
      passage: r.passage.id,
      source: r.passage.sourceId,
      title: r.passage.title,
      score: r.score,
      bm25: r.bm25,
      matched: r.matched,
      answer: r.passage.answer,
    }));
    const out = { question, threshold, answered: !!a.best, answer: a.best?.passage.answer ?? null, ranked };
    return void process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  }
  const lines = a.ranked.map(
    (r, i) =>
      `${i + 1}. ${r.passage.id}  score ${r.score.toFixed(3)}  bm25 ${r.bm25.toFixed(2)}  ${r.passage.title || '(no title)'}`,
  );
  process.stdout.write(
    `${a.best ? `answer (${a.best.passage.sourceName}): ${a.best.passage.answer}` : `no answer above the threshold ${threshold}: the block takes its "no answer" route`}\n${lines.length ? `\nranked passages:\n${lines.join('\n')}\n` : 'no passage shares a word with the question\n'}`,
  );
}

export function registerKnowledge(program: Command): void {
  const kb = program
    .command('knowledge')
    .description('manage the knowledge sources of Generate answer blocks, and ask them questions offline');
  kb.command('import')
    .description(
      'add FAQ CSV files (question and answer columns) and Markdown (.md) or text (.txt) documents',
    )
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .argument('<files...>', 'the files to import; a bad one imports nothing')
    .option('--tags <tags>', 'comma-separated tags for the new sources')
    .option('--name <name>', 'the source name (default: the file name)')
    .option('--id <id>', 'the source id (default: from the file name)')
    .action((project: string, files: string[], opts: { tags?: string; name?: string; id?: string }) =>
      runImport(project, files, opts),
    );
  kb.command('list')
    .description('list the knowledge sources and their passages')
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .option('--json', 'print the list as JSON')
    .action((project: string, opts: { json?: boolean }) => runList(project, opts));
  kb.command('ask')
    .description('show how a Generate answer block answers a question: the answer and the ranked passages')
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .argument('<question>', 'the question, as a user would type it')
    .option('--tags <tags>', 'only sources with one of these comma-separated tags')
    .option(
      '--threshold <score>',
      `the score (0 to 1) the best passage must exceed (default ${DEFAULT_KNOWLEDGE_THRESHOLD})`,
    )
    .option('--json', 'print the answer and the ranking as JSON')
    .action(
      (project: string, question: string, opts: { tags?: string; threshold?: string; json?: boolean }) =>
        runAsk(project, question, opts),
    );
}
