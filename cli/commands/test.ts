// `botloom test <project> [--grep TEXT] [--reporter pretty|json|junit] [--out FILE]` (docs/architecture.md#the-cli): runs
// the project's conversation tests through the real runtime, QuickJS and the intent classifier, ends
// with `N passed, M failed`, exits 1 when any failed, 2 for unusable input, 130 when cancelled (Ctrl+C).
// `--target chatlayer` runs them against the live bot instead (docs/chatlayer.md#live-conformance, cli/chatlayer/conformance-target).
import { abortOnCtrlC } from '../ctrl-c';
import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Project } from '../../engine/model';
import type { IntentClassifier } from '../../engine/runtime';
import {
  countsLine,
  report,
  REPORTERS,
  runTests,
  type ReporterName,
  type TestProgress,
} from '../../engine/testing';
import { trainIntentClassifier } from '../../engine/nlp';
import { createQuickJsCodeRunner } from '../../engine/node';
import { createNodeLiveHttp } from '../../engine/node/live-http';
import { CliError } from '../cli-error';
import { requireProject } from '../project-file-errors';
import {
  addChatlayerTargetOptions,
  runChatlayerTarget,
  type ChatlayerTargetOptions,
} from '../chatlayer/conformance-target';

/**
 * `{secrets.NAME}` in the CLI: the environment variable BOTLOOM_SECRET_<NAME>, as written, else upper
 * case, else upper snake case (`shopToken` → BOTLOOM_SECRET_shopToken, _SHOPTOKEN, _SHOP_TOKEN).
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): (name: string) => string | undefined {
  return (name) => {
    const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_');
    for (const key of [name, name.toUpperCase(), snake.toUpperCase()]) {
      const value = env[`BOTLOOM_SECRET_${key}`];
      if (value !== undefined) return value;
    }
    return undefined;
  };
}

/** The project's intent classifier, or none when it has no intents. */
export async function projectIntents(project: Project): Promise<IntentClassifier | undefined> {
  return project.intents.length > 0 ? trainIntentClassifier(project.intents, project.language) : undefined;
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

const positiveInt = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError(`${flag} must be a whole number from 1 to 64, not '${v}'`);
  return n;
};

interface TestOptions extends ChatlayerTargetOptions {
  grep?: string;
  reporter: ReporterName;
  out?: string;
  concurrency: number;
  target: 'local' | 'chatlayer';
}

export function registerTest(program: Command): void {
  const command = program
    .command('test')
    .description("run the project's conversation tests; exit 1 if any failed")
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .option('--grep <text>', 'run only tests whose name contains this text (case-insensitive)')
    .addOption(new Option('--reporter <name>', 'output format').choices([...REPORTERS]).default('pretty'))
    .option('--out <file>', 'write the report to this file instead of standard output')
    .option('--concurrency <n>', 'tests run at once', positiveInt('--concurrency'), 2)
    .addOption(
      new Option('--target <where>', 'the local simulation, or the live bot on Chatlayer')
        .choices(['local', 'chatlayer'])
        .default('local'),
    )
    .action(async (file: string, opts: TestOptions) => {
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
      const ctrlC = abortOnCtrlC();
      const progress = showsProgress(process.stderr) ? progressLine(process.stderr.columns ?? 80) : undefined;
      const codeRunner = createQuickJsCodeRunner();
      try {
        const intents = await projectIntents(project);
        const ports = { codeRunner, ...(intents ? { intents } : {}), secrets: secretsFromEnv() };
        // The live run's pretty report also shows what the local simulation said at each difference.
        const { summary, pretty } =
          opts.target === 'chatlayer'
            ? await runChatlayerTarget(
                project,
                opts,
                { ...ports, liveHttp: () => createNodeLiveHttp() },
                ctrlC.signal,
                Boolean(progress),
              )
            : {
                summary: await runTests(project, {
                  ...ports,
                  httpFor: (mode) => (mode === 'live' ? createNodeLiveHttp() : undefined),
                  signal: ctrlC.signal,
                  concurrency: opts.concurrency,
                  ...(opts.grep !== undefined ? { grep: opts.grep } : {}),
                  ...(progress ? { onProgress: progress } : {}),
                }),
                pretty: undefined,
              };
        if (progress) process.stderr.write('\r\u001b[2K');
        const color =
          !opts.out && opts.reporter === 'pretty' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
        const prettyText = () => pretty ?? report('pretty', summary, { color: false });
        const text =
          opts.reporter === 'pretty' && pretty ? pretty : report(opts.reporter, summary, { color });
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
      } finally {
        ctrlC.release();
        await codeRunner.dispose();
      }
    });
  // Read only by `--target chatlayer`: the connection, the webhook receiver and the settle times.
  addChatlayerTargetOptions(command);
}
