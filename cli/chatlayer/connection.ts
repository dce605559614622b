// The Chatlayer connection of a CLI command (docs/chatlayer.md#connection): engine/chatlayer's resolveConnection, its problems
// said in the CLI's words (which flag or command fixes them) as CliErrors.
import {
  ConnectionProblem,
  resolveConnection as resolveShared,
  type ChatlayerConnection,
  type ConnectionFlags,
} from '../../engine/chatlayer';
import type { ChatlayerSettings } from '../../engine/model';
import { CliError } from '../cli-error';

export type { ChatlayerConnection, ConnectionFlags };

function cliSentence(problem: ConnectionProblem): string {
  switch (problem.code) {
    case 'bad-region':
      return `--region must be eu, us or asia, not '${problem.value}'.`;
    case 'bad-base-url':
      return `The Chatlayer base URL '${problem.value}' is not a URL (check --base-url or BOTLOOM_CHATLAYER_URL).`;
    case 'bad-version':
      return `--version must be DRAFT or LIVE, not '${problem.value}'.`;
    case 'no-bot':
      return "No Chatlayer bot id: pass --bot ID or set it in the project's Chatlayer settings.";
    case 'no-channel':
      return "No webhook channel id: pass --channel ID or set it in the project's Chatlayer settings (a webhook channel of the bot, Channels › Webhook).";
    case 'no-token':
      return 'No Chatlayer access token: set BOTLOOM_CHATLAYER_TOKEN or run `botloom chatlayer login` (create a token in Chatlayer under Settings › Access tokens).';
  }
}

export function resolveConnection(
  settings: ChatlayerSettings | undefined,
  flags: ConnectionFlags,
  env: Record<string, string | undefined>,
  storedToken: () => string | undefined,
  need: { bot?: boolean; channel?: boolean } = {},
): ChatlayerConnection {
  try {
    return resolveShared(settings, flags, env, storedToken, need);
  } catch (e) {
    if (e instanceof ConnectionProblem) throw new CliError(cliSentence(e));
    throw e;
  }
}
