// `botloom chatlayer nlp-check <project>` (docs/chatlayer.md#nlp-check): every intent example of the project through the
// live bot's NLP extraction; prints the examples classified differently (another intent, none, or a
// score at or below the threshold) as a table; exit 1 when there is any.
import type { Command } from 'commander';
import { formatNlpCheck, nlpCheck } from '../../engine/chatlayer/nlp-check';
import { requireProject } from '../project-file-errors';
import { showsProgress } from '../commands/test';
import type { ConnectionFlags } from './connection';
import { addConnectionOptions, interruptible, openChatlayer, whereLabel } from './open-connection';

export function registerNlpCheck(group: Command): void {
  addConnectionOptions(
    group
      .command('nlp-check')
      .description(
        'send every intent example through the live NLP; exit 1 when any is classified differently',
      )
      .argument('<project>', 'a .botloom project or a botloom/1 .json file with intents')
      .option(
        '--language <tag>',
        "check only this language's examples (default: every language with examples)",
      ),
  ).action(async (file: string, flags: ConnectionFlags & { language?: string }) => {
    const { project } = requireProject(file);
    if (project.intents.length === 0) {
      process.stdout.write(`${file} has no intents: there is nothing to check.\n`);
      return;
    }
    const open = openChatlayer(flags, { project, need: { bot: true } });
    const progress = showsProgress(process.stderr);
    await interruptible(async (signal) => {
      const result = await nlpCheck(
        project,
        async (expression, language, s) => (await open.client.nlpExtract(expression, language, s)).intents,
        {
          signal,
          ...(flags.language !== undefined ? { language: flags.language } : {}),
          ...(progress
            ? {
                onProgress: (p: { done: number; total: number }) =>
                  process.stderr.write(`\r\u001b[2K[${p.done}/${p.total}] intent examples checked`),
              }
            : {}),
        },
      );
      if (progress) process.stderr.write('\r\u001b[2K');
      process.stdout.write(`NLP of ${whereLabel(open)}:\n${formatNlpCheck(result)}`);
      if (result.rows.length > 0) process.exitCode = 1;
    }, open.scrub);
  });
}
