// `botloom chatlayer …` (docs/chatlayer.md#how-botloom-works-with-chatlayer): the Chatlayer connection, pulled tests, traffic, the NLP check, sessions and
// driving a live conversation. Each subcommand lives in cli/chatlayer/; every one takes the connection
// flags (--region, --base-url, --bot, --channel, --version) and the token from BOTLOOM_CHATLAYER_TOKEN
// or the secret store. Exit 2 when the connection is unusable, with one sentence saying why.
import type { Command } from 'commander';
import { registerStatus } from '../chatlayer/status-command';
import { registerLogin, registerLogout } from '../chatlayer/login-command';
import { registerPullTests } from '../chatlayer/pull-tests-command';
import { registerNlpCheck } from '../chatlayer/nlp-check-command';
import { registerSession } from '../chatlayer/session-command';
import { registerTraffic } from '../chatlayer/traffic-command';
import { registerPauseResume, registerSend, registerTrigger } from '../chatlayer/drive-commands';

export function registerChatlayer(program: Command): void {
  const group = program
    .command('chatlayer')
    .description(
      'work with the bot on Chatlayer: login, logout, status, pull-tests, traffic, nlp-check, session, send, trigger, pause, resume',
    );
  registerLogin(group);
  registerLogout(group);
  registerStatus(group);
  registerPullTests(group);
  registerTraffic(group);
  registerNlpCheck(group);
  registerSession(group);
  registerSend(group);
  registerTrigger(group);
  registerPauseResume(group);
}
