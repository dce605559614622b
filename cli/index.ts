// The botloom CLI (SPEC §6): one commander program; each command lives in cli/commands/<command>.ts.
import { Command } from 'commander';
import { registerServe } from './commands/serve';
import { BOTLOOM_VERSION } from './version';

const program = new Command();
program
  .name('botloom')
  .description('Design, simulate, test and ship Chatlayer-style chatbots.')
  .version(BOTLOOM_VERSION)
  .showHelpAfterError('(run botloom --help for usage)');

registerServe(program);

await program.parseAsync(process.argv);
