// `botloom chatlayer status [project]` (docs/chatlayer.md#connection): checks the connection with `GET /v1/bots` and prints
// where it goes, whether the bot is among the token's bots, the version, the webhook channel and where
// the token came from (never the token). Exit 2 when the token is refused, the host unreachable or the
// bot unknown.
import type { Command } from 'commander';
import { connectionStatus, type ConnectionStatus } from '../../engine/chatlayer';
import type { ConnectionFlags } from './connection';
import {
  addConnectionOptions,
  interruptible,
  listBots,
  openChatlayer,
  optionalProject,
  unknownBot,
} from './open-connection';

const TOKEN_SOURCES = {
  environment: 'BOTLOOM_CHATLAYER_TOKEN',
  'secret store': 'the secret store (botloom chatlayer login)',
} as const;

const botName = (bot: ConnectionStatus['bots'][number]) => (bot.name ? `${bot.id} (${bot.name})` : bot.id);

export function registerStatus(group: Command): void {
  addConnectionOptions(
    group
      .command('status')
      .description('check the Chatlayer connection: token, region, bot, version, webhook channel')
      .argument('[project]', 'a project whose Chatlayer settings to use (flags override them)'),
  ).action(async (file: string | undefined, flags: ConnectionFlags) => {
    const open = openChatlayer(flags, { project: optionalProject(file) });
    await interruptible(async (signal) => {
      const status = connectionStatus(open, await listBots(open, signal));
      const lines = [
        `Chatlayer: ${status.label} (${status.baseUrl})`,
        `token:     from ${TOKEN_SOURCES[status.tokenSource]}, accepted`,
      ];
      if (!status.bot)
        lines.push(
          `bot:       not set (pass --bot ID); the token reaches ${status.bots.length === 0 ? 'no bots' : status.bots.map(botName).join(', ')}`,
        );
      else lines.push(`bot:       ${botName(status.bot)}, ${status.bot.found ? 'found' : 'not found'}`);
      lines.push(`version:   ${status.version}`);
      lines.push(`channel:   ${status.channelId ?? 'not set (pass --channel ID for conformance runs)'}`);
      // Bot names come from the server: scrubbed like everything else this command prints.
      process.stdout.write(open.scrub(lines.join('\n')) + '\n');
      if (status.bot && !status.bot.found) throw unknownBot(status.bot.id, status.bots.length, status.label);
    }, open.scrub);
  });
}
