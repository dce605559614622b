// The botloom CLI (docs/architecture.md#the-cli): one commander program; each command lives in cli/commands/<command>.ts.
import { Command, CommanderError } from 'commander';
import { registerServe } from './commands/serve';
import { registerValidate } from './commands/validate';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerTest } from './commands/test';
import { registerChat } from './commands/chat';
import { registerChatlayer } from './commands/chatlayer';
import { BOTLOOM_VERSION } from './version';
import { reportCliError } from './cli-error';

const program = new Command();
program
  .name('botloom')
  .description('Design, simulate, test and ship Chatlayer-style chatbots.')
  .version(BOTLOOM_VERSION)
  .showHelpAfterError('(run botloom --help for usage)')
  .exitOverride()
  // `--version` after a command is that command's option (the Chatlayer version, DRAFT or LIVE).
  .enablePositionalOptions();

registerValidate(program);
registerExport(program);
registerImport(program);
registerTest(program);
registerChat(program);
registerChatlayer(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed its message (help, version, usage errors).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.exitCode = reportCliError(error);
  }
}
