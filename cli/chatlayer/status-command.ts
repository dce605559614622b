// `botloom chatlayer status [project]` (SPEC §8): checks the connection with `GET /v1/bots` and prints
// where it goes, whether the bot is among the token's bots, the version, the webhook channel and where
// the token came from (never the token). Exit 2 when the token is refused, the host unreachable or the
// bot unknown.
import type { Command } from 'commander';
import type { ChatlayerBot } from '../../engine/chatlayer';
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

const botName = (bot: ChatlayerBot) => (bot.name ? `${bot.id} (${bot.name})` : bot.id);

export function registerStatus(group: Command): void {
  addConnectionOptions(
    group
      .command('status')
      .description('check the Chatlayer connection: token, region, bot, version, webhook channel')
      .argument('[project]', 'a project whose Chatlayer settings to use (flags override them)'),
  ).action(async (file: string | undefined, flags: ConnectionFlags) => {
    const open = openChatlayer(flags, { project: optionalProject(file) });
    const { connection, client } = open;
    await interruptible(async (signal) => {
      const bots = await listBots(open, signal);
      const lines = [
        `Chatlayer: ${client.label} (${client.baseUrl})`,
        `token:     from ${TOKEN_SOURCES[connection.tokenSource]}, accepted`,
      ];
      const bot = connection.botId ? bots.find((b) => b.id === connection.botId) : undefined;
      if (!connection.botId)
        lines.push(
          `bot:       not set (pass --bot ID); the token reaches ${bots.length === 0 ? 'no bots' : bots.map(botName).join(', ')}`,
        );
      else
        lines.push(bot ? `bot:       ${botName(bot)}, found` : `bot:       ${connection.botId}, not found`);
      lines.push(`version:   ${connection.version}`);
      lines.push(`channel:   ${connection.channelId ?? 'not set (pass --channel ID for conformance runs)'}`);
      process.stdout.write(lines.join('\n') + '\n');
      if (connection.botId && !bot) throw unknownBot(connection.botId, bots.length, client.label);
    }, open.scrub);
  });
}
