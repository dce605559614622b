// `botloom test <project> [--grep TEXT] [--reporter pretty|json|junit] [--out FILE]` (docs/architecture.md#the-cli): runs
// the project's conversation tests through the real runtime, QuickJS and the intent classifier, ends
// with `N passed, M failed`, exits 1 when any failed, 2 for unusable input, 130 when cancelled (Ctrl+C).
// `--target chatlayer` runs them against the live bot instead (docs/chatlayer.md#live-conformance, cli/chatlayer/conformance-target);
// with `--keep-knowledge-mocks` the live bot's knowledge answers become knowledge mocks in the project file.
// Local runs use worker threads (--workers), can run one shard of the tests (--shard i/n, balanced by
// --timings) and `--merge-reports` puts the shards' JSON reports back together.
import { abortOnCtrlC } from '../ctrl-c';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { TestRunSummary, type ConversationTest, type Project } from '../../engine/model';
import type { IntentClassifier } from '../../engine/runtime';
import {
  countsLine,
  MergeError,
  mergeSummaries,
  parseShard,
  report,
  REPORTERS,
  selectTests,
  shardTests,
  timingsOf,
  type ReporterName,
  type Shard,
  type TestProgress,
} from '../../engine/testing';
import { trainProjectClassifier } from '../../engine/nlp';
import { createQuickJsCodeRunner } from '../../engine/node';
import { createNodeLiveHttp } from '../../engine/node/live-http';
import { CliError } from '../cli-error';
import { secretsFromEnv } from '../secrets-env';
import { runTestsInWorkers } from '../test-workers/pool';
import { readTimings, writeTimings } from './test-timings';
import { requireProject } from '../project-file-errors';
import { projectWithKeptIds } from '../chatlayer/kept-ids';
import {
  addChatlayerTargetOptions,
  runChatlayerTarget,
  type ChatlayerTargetOptions,
} from '../chatlayer/conformance-target';
import { keepKnowledgeMocks } from '../chatlayer/keep-knowledge-mocks';

export { secretsFromEnv };

/** The project's intent classifier (a model per language), or none when it has no intents. */
export async function projectIntents(project: Project): Promise<IntentClassifier | undefined> {
  return trainProjectClassifier(project);
}

/** Whether to draw a progress line: on a terminal only, never under CI. */
export function showsProgress(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !(env.CI && env.CI !== 'false' && env.CI !== '0');
}

function progressLine(columns: number): (p: TestProgress) => void {
  return (p) => {
    if (p.type !== 'test-end') return;
    const text = `[${p.done}/${p.total}] ${p.result.status === 'failed' ? '✗' : '✓'} ${p.result.name}`;
    process.stderr.write(`\r\u001b[2K${text.slice(0, Math.max(10, columns - 1))}`);
  };
}

const milliseconds = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`${flag} must be a whole number of milliseconds, at least 1, not '${v}'`);
  return n;
};

const positiveInt = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError(`${flag} must be a whole number from 1 to 64, not '${v}'`);
  return n;
};

const shardOption = (v: string) => {
  const shard = parseShard(v);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
};

/** Prints or writes the report, then sets the exit code: 1 when a test failed, 130 when cancelled. */
function emitReport(summary: TestRunSummary, pretty: string | undefined, opts: TestOptions): void {
  const color =
    !opts.out && opts.reporter === 'pretty' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const prettyText = () => pretty ?? report('pretty', summary, { color: false });
  const text = opts.reporter === 'pretty' && pretty ? pretty : report(opts.reporter, summary, { color });
  if (opts.out) {
    try {
      writeFileSync(opts.out, text);
    } catch (e) {
      throw new CliError(
        `cannot write the report to ${opts.out}: ${(e as Error).message}. Check the path.`,
        2,
      );
    }
    // The report went to a file: people still see the failures and the counts.
    if (opts.reporter !== 'pretty') process.stdout.write(prettyText());
    else process.stdout.write(countsLine(summary) + '\n');
  } else {
    process.stdout.write(text);
    if (opts.reporter !== 'pretty') process.stderr.write(countsLine(summary) + '\n');
  }
  process.exitCode = summary.cancelled ? 130 : summary.failed > 0 ? 1 : 0;
}

/** `--merge-reports a.json b.json …`: one report from the JSON reports of a project's shards. */
function mergeReports(file: string | undefined, opts: TestOptions): void {
  if (opts.shard || opts.grep !== undefined || opts.timings)
    throw new CliError('--merge-reports runs no tests: leave out --shard, --grep and --timings.', 2);
  const reports = opts.mergeReports!.map((name) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(name, 'utf8'));
    } catch (e) {
      throw new CliError(`cannot read the report ${name}: ${(e as Error).message}.`, 2);
    }
    const parsed = TestRunSummary.safeParse(json);
    if (!parsed.success)
      throw new CliError(
        `${name} is not a JSON report of botloom test (write one with --reporter json --out FILE).`,
        2,
      );
    return { name, summary: parsed.data };
  });
  let summary: TestRunSummary;
  try {
    summary = mergeSummaries(reports);
  } catch (e) {
    if (e instanceof MergeError) throw new CliError(`cannot merge the reports: ${e.message}.`, 2);
    throw e;
  }
  // The project, when given, names the tests for --write-timings; else the reports' own names do.
  const tests = file
    ? requireProject(file).project.tests
    : summary.results.reduce<ConversationTest[]>((all, r) => {
        all[r.index] = { name: r.name, steps: [] };
        return all;
      }, []);
  if (opts.writeTimings)
    writeTimings(opts.writeTimings, timingsOf(tests, summary.results, readTimings(opts.writeTimings, false)));
  emitReport(summary, undefined, opts);
}

interface TestOptions extends ChatlayerTargetOptions {
  grep?: string;
  language?: string;
  reporter: ReporterName;
  out?: string;
  concurrency: number;
  workers?: number;
  testTimeout: number;
  shard?: Shard;
  timings?: string;
  writeTimings?: string;
  mergeReports?: string[];
  target: 'local' | 'chatlayer';
}

/** The tests to run (by --grep and --language); refuses a language the project does not have, or has no tests in. */
function checkLanguage(project: Project, opts: TestOptions): ReturnType<typeof selectTests> {
  const selected = selectTests(project, opts.grep, opts.language);
  if (opts.language === undefined) return selected;
  const languages = [project.language, ...(project.secondaryLanguages ?? [])];
  if (!languages.includes(opts.language))
    throw new CliError(
      `the project has no language "${opts.language}" (it has ${languages.join(', ')}): check --language.`,
      2,
    );
  if (opts.target === 'chatlayer')
    throw new CliError('--language applies to local runs only, not --target chatlayer.', 2);
  if (selected.length === 0)
    throw new CliError(
      `no test${opts.grep !== undefined ? ' matching --grep' : ''} is in "${opts.language}": give tests a "language".`,
      2,
    );
  return selected;
}

/** Tests per worker below which another worker would cost more to start than it saves. */
const TESTS_PER_WORKER = 16;

/** Default number of test workers: one per core, fewer for a few tests. */
export const defaultWorkers = (tests: number) =>
  Math.min(64, os.availableParallelism(), Math.max(1, Math.ceil(tests / TESTS_PER_WORKER)));

export function registerTest(program: Command): void {
  const command = program
    .command('test')
    .description("run the project's conversation tests; exit 1 if any failed")
    .argument('[project]', 'a .botloom project or a botloom/1 .json file')
    .option('--grep <text>', 'run only tests whose name contains this text (case-insensitive)')
    .option(
      '--language <tag>',
      'run only the tests in this language (a test without one is in the primary language)',
    )
    .addOption(new Option('--reporter <name>', 'output format').choices([...REPORTERS]).default('pretty'))
    .option('--out <file>', 'write the report to this file instead of standard output')
    .option(
      '--workers <n>',
      'worker threads running tests (default: one per core, one per 16 tests at most)',
      positiveInt('--workers'),
    )
    .option('--concurrency <n>', 'tests each worker runs at once', positiveInt('--concurrency'), 2)
    .option(
      '--test-timeout <ms>',
      'a test still running after this long fails (its worker is replaced)',
      milliseconds('--test-timeout'),
      120_000,
    )
    .option('--shard <i/n>', 'run only shard i of n of the tests (one per CI machine)', shardOption)
    .option('--timings <file>', 'balance --shard by the test durations in this file (see --write-timings)')
    .option('--write-timings <file>', "write the tests' durations to this file (added to what it holds)")
    .option(
      '--merge-reports <files...>',
      "combine the JSON reports of a project's shards into one report (no tests run)",
    )
    .addOption(
      new Option('--target <where>', 'the local simulation, or the live bot on Chatlayer')
        .choices(['local', 'chatlayer'])
        .default('local'),
    )
    .action(async (file: string | undefined, opts: TestOptions) => {
      if (opts.mergeReports) return mergeReports(file, opts);
      if (file === undefined)
        throw new CliError('botloom test needs a project file (or --merge-reports REPORT.json…).', 2);
      const { project } = requireProject(file);
      if (
        opts.grep !== undefined &&
        !project.tests.some((t) => t.name.toLowerCase().includes(opts.grep!.toLowerCase()))
      ) {
        throw new CliError(
          `no test of ${file} has a name containing "${opts.grep}" (it has ${project.tests.length} test${project.tests.length === 1 ? '' : 's'}): check --grep.`,
          2,
        );
      }
      const selected = checkLanguage(project, opts);
      if ((opts.shard || opts.timings) && opts.target === 'chatlayer')
        throw new CliError('--shard and --timings apply to local runs only, not --target chatlayer.', 2);
      if (opts.keepKnowledgeMocks && opts.target !== 'chatlayer')
        throw new CliError(
          '--keep-knowledge-mocks keeps what the live bot answered: use it with --target chatlayer.',
          2,
        );
      if (opts.timings && !opts.shard)
        throw new CliError('--timings balances --shard: give --shard i/n as well.', 2);
      const only = opts.shard
        ? shardTests(
            project.tests,
            selected.map((t) => t.index),
            opts.shard,
            opts.timings ? readTimings(opts.timings, true) : undefined,
          )
        : opts.language !== undefined
          ? new Set(selected.map((t) => t.index))
          : undefined;
      const ctrlC = abortOnCtrlC();
      const progress = showsProgress(process.stderr) ? progressLine(process.stderr.columns ?? 80) : undefined;
      // The local target's workers each have their own sandbox; the chatlayer target runs in process.
      const codeRunner = opts.target === 'chatlayer' ? createQuickJsCodeRunner() : undefined;
      try {
        // The live run's pretty report also shows what the local simulation said at each difference.
        const { summary, pretty, knowledgeAnswers } = codeRunner
          ? await runChatlayerTarget(
              projectWithKeptIds(file, project),
              opts,
              {
                codeRunner,
                ...(await projectIntents(project).then((intents) => (intents ? { intents } : {}))),
                secrets: secretsFromEnv(),
                liveHttp: () => createNodeLiveHttp(),
              },
              ctrlC.signal,
              Boolean(progress),
            )
          : {
              // Each worker trains the intents and runs code blocks in a sandbox of its own.
              summary: await runTestsInWorkers(project, {
                workers: opts.workers ?? defaultWorkers(only?.size ?? selected.length),
                concurrency: opts.concurrency,
                testTimeoutMs: opts.testTimeout,
                signal: ctrlC.signal,
                ...(opts.grep !== undefined ? { grep: opts.grep } : {}),
                ...(only ? { only } : {}),
                ...(progress ? { onProgress: progress } : {}),
              }),
              pretty: undefined,
              knowledgeAnswers: [],
            };
        if (progress) process.stderr.write('\r\u001b[2K');
        if (opts.writeTimings)
          writeTimings(
            opts.writeTimings,
            timingsOf(project.tests, summary.results, readTimings(opts.writeTimings, false)),
          );
        emitReport(summary, pretty, opts);
        // After the report, so a project file that cannot be written still leaves the run's results shown.
        if (opts.keepKnowledgeMocks)
          for (const line of keepKnowledgeMocks(file, knowledgeAnswers, summary.cancelled))
            process.stderr.write(line + '\n');
      } finally {
        ctrlC.release();
        await codeRunner?.dispose();
      }
    });
  // Read only by `--target chatlayer`: the connection, the webhook receiver and the settle times.
  addChatlayerTargetOptions(command);
}
