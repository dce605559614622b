// `botloom chatlayer pull-tests <project> [--since DATE] [--limit N]` (docs/chatlayer.md#pulled-tests): the live bot's
// conversations as conversation tests (engine/chatlayer/pull's pullTests), added to the project file in
// one write at the end, so a cancelled pull (Ctrl+C) writes nothing; every conversation read is also kept
// beside the project for offline traffic.
import { InvalidArgumentError, type Command } from 'commander';
import { pullTests } from '../../engine/chatlayer/pull';
import { keepPulledTranscripts } from '../../engine/node';
import { CliError } from '../cli-error';
import { requireProject, requireSaved } from '../project-file-errors';
import { showsProgress } from '../commands/test';
import type { ConnectionFlags } from './connection';
import { addConnectionOptions, interruptible, openChatlayer, whereLabel } from './open-connection';

const isoDate = (v: string) => {
  const t = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t.getTime()))
    throw new InvalidArgumentError(`--since must be a date like 2025-03-01 (or an ISO time), not '${v}'`);
  return t.toISOString();
};
const count = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`--limit must be a whole number from 1, not '${v}'`);
  return n;
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface PullCommandOptions extends ConnectionFlags {
  since?: string;
  limit?: number;
}

export function registerPullTests(group: Command): void {
  addConnectionOptions(
    group
      .command('pull-tests')
      .description("turn the live bot's conversations into conversation tests of the project")
      .argument('<project>', 'the .botloom or botloom/1 .json project that receives the tests')
      .option('--since <date>', 'only conversations that started on or after this date (ISO)', isoDate)
      .option('--limit <n>', 'read at most this many conversations', count),
  ).action(async (file: string, opts: PullCommandOptions) => {
    const { project } = requireProject(file);
    const open = openChatlayer(opts, { project, need: { bot: true } });
    const progress = showsProgress(process.stderr);
    await interruptible(
      async (signal) => {
        const result = await pullTests(open.client, project, {
          ...(opts.since ? { since: opts.since } : {}),
          ...(opts.limit ? { limit: opts.limit } : {}),
          signal,
          ...(progress
            ? {
                onProgress: (p) =>
                  process.stderr.write(
                    `\r\u001b[2K${plural(p.read, 'conversation')} read: ${p.added} added, ${p.skipped} skipped`,
                  ),
              }
            : {}),
        });
        if (progress) process.stderr.write('\r\u001b[2K');
        if (signal.aborted) throw new CliError('cancelled', 2);
        if (result.added.length > 0) requireSaved(file, result.project, 'Pull tests from Chatlayer');
        // Every conversation read, for `botloom chatlayer traffic --offline` (docs/chatlayer.md#traffic).
        const kept = result.transcripts.length ? keepPulledTranscripts(file, result.transcripts) : null;
        const skipped = result.duplicates + result.unusable.length;
        const why = [
          ...(result.duplicates ? [`${result.duplicates} with the steps of an existing test`] : []),
          ...(result.unusable.length ? [`${result.unusable.length} without a usable exchange`] : []),
        ];
        const lines = [
          `Read ${plural(result.read, 'conversation')} of ${whereLabel(open)}.`,
          `Added ${plural(result.added.length, 'test')} to ${file}; skipped ${skipped}${why.length ? ` (${why.join(', ')})` : ''}.`,
          ...(result.redacted
            ? [`Sensitive values were replaced by stand-ins in ${plural(result.redacted, 'message')}.`]
            : []),
          ...result.unusable.map((u) => `  skipped ${u.conversationId}: ${u.reason}`),
          ...(kept
            ? [`Kept ${plural(result.transcripts.length, 'conversation')} for offline traffic in ${kept}.`]
            : []),
        ];
        process.stdout.write(lines.join('\n') + '\n');
      },
      open.scrub,
      'cancelled; the project file was not changed.',
    );
  });
}
