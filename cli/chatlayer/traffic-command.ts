// `botloom chatlayer traffic <project> --since DATE [--until DATE] [--channel TYPE] [--language CODE]
// [--json] [--offline] [--refresh]` (docs/chatlayer.md#traffic): per-block traffic from Chatlayer's
// Analytics API (cached beside the project), or with --offline from the project's pulled conversations.
// A progress line on a terminal, nothing on a pipe; Ctrl+C cancels and writes nothing.
import { InvalidArgumentError, type Command } from 'commander';
import { offlineTraffic } from '../../engine/chatlayer/analytics';
import { createQuickJsCodeRunner, liveTraffic, readPulledTranscripts } from '../../engine/node';
import type { TrafficQuery, TrafficReport } from '../../engine/model';
import { CliError } from '../cli-error';
import { requireProject } from '../project-file-errors';
import { projectIntents, secretsFromEnv, showsProgress } from '../commands/test';
import type { ConnectionFlags } from './connection';
import { projectWithKeptIds } from './kept-ids';
import { interruptible, listBots, openChatlayer, unknownBot } from './open-connection';
import { formatTraffic } from './traffic-format';

const isoDate = (flag: string) => (v: string) => {
  const t = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t.getTime()))
    throw new InvalidArgumentError(`${flag} must be a date like 2025-03-01 (or an ISO time), not '${v}'`);
  return t.toISOString();
};

interface TrafficOptions extends Omit<ConnectionFlags, 'channel'> {
  since: string;
  until?: string;
  channel?: string;
  language?: string;
  json?: boolean;
  offline?: boolean;
  refresh?: boolean;
}

export function registerTraffic(group: Command): void {
  group
    .command('traffic')
    .description(
      'traffic per block (conversations in, along each edge, stopped) and the worst drop-off blocks',
    )
    .argument('<project>', "the .botloom or botloom/1 .json project (its blocks' Chatlayer ids)")
    .requiredOption('--since <date>', 'from this date or time (ISO, inclusive)', isoDate('--since'))
    .option('--until <date>', 'up to this date or time (ISO, exclusive; default now)', isoDate('--until'))
    .option('--channel <type>', "only this channel type (Chatlayer's channel_type, e.g. WEBHOOK)")
    .option('--language <code>', 'only conversations in this language (e.g. en)')
    .option('--json', 'print the report as JSON (the shape of docs/chatlayer.md#traffic)')
    .option('--offline', "count the project's pulled conversations instead of asking Chatlayer")
    .option('--refresh', 'fetch again even when the cache beside the project has this report')
    .option('--region <region>', "Chatlayer region: eu, us or asia (default: the project's, else eu)")
    .option('--base-url <url>', 'a custom API base URL (a proxy, a test server); also BOTLOOM_CHATLAYER_URL')
    .option('--bot <id>', "the Chatlayer bot id (default: the project's)")
    .option('--version <version>', "DRAFT or LIVE (default: the project's, else DRAFT)")
    .action(async (file: string, opts: TrafficOptions) => {
      const until = opts.until ?? new Date().toISOString();
      if (until <= opts.since)
        throw new CliError(`--until (${until}) must be after --since (${opts.since})`, 2);
      const project = projectWithKeptIds(file, requireProject(file).project);
      const query: TrafficQuery = {
        since: opts.since,
        until,
        channel: opts.channel ?? null,
        language: opts.language ?? null,
      };
      const progress = showsProgress(process.stderr);
      const onProgress = progress
        ? (p: { done: number; total: number }) =>
            process.stderr.write(
              `\r\u001b[2K${p.done} of ${p.total} ${opts.offline ? 'conversations replayed' : 'calls answered'}`,
            )
        : undefined;
      const print = (report: TrafficReport, notes: string[]) => {
        if (progress) process.stderr.write('\r\u001b[2K');
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else process.stdout.write([...formatTraffic(report, project), ...notes].join('\n') + '\n');
      };
      if (opts.offline) {
        const codeRunner = createQuickJsCodeRunner();
        try {
          const intents = await projectIntents(project);
          await interruptible(
            async (signal) => {
              const report = await offlineTraffic(
                project,
                readPulledTranscripts(file),
                query,
                { codeRunner, ...(intents ? { intents } : {}), secrets: secretsFromEnv() },
                { signal, ...(onProgress ? { onProgress } : {}) },
              );
              print(report, []);
            },
            (t) => t,
          );
        } finally {
          await codeRunner.dispose();
        }
        return;
      }
      const { version, region, baseUrl, bot } = opts;
      const open = openChatlayer(
        {
          ...(version ? { version } : {}),
          ...(region ? { region } : {}),
          ...(baseUrl ? { baseUrl } : {}),
          ...(bot ? { bot } : {}),
        },
        { project, need: { bot: true } },
      );
      await interruptible(async (signal) => {
        const bots = await listBots(open, signal);
        const botId = open.connection.botId!;
        if (!bots.some((b) => b.id === botId)) throw unknownBot(botId, bots.length, open.client.label);
        const notes: string[] = [];
        const report = await liveTraffic({
          projectFile: file,
          project,
          open,
          fetch: (url, init) => fetch(url, init),
          query,
          ...(opts.refresh ? { refresh: true } : {}),
          signal,
          ...(onProgress ? { onProgress } : {}),
          onCache: (line) => notes.push(`Report ${line}.`),
        });
        print(report, notes);
      }, open.scrub);
    });
}
