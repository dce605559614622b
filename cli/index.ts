// The botloom CLI (docs/architecture.md#the-cli): one commander program; each command lives in cli/commands/<command>.ts.
import { Command, CommanderError } from 'commander';
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

/**
 * The commands, each loaded when used: start-up pays only for the command asked for (`--version` for
 * none), so a refused input (a device, a FIFO) is reported at once. Help and unknown words load all.
 */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  validate: async () => (await import('./commands/validate')).registerValidate,
  export: async () => (await import('./commands/export')).registerExport,
  import: async () => (await import('./commands/import')).registerImport,
  test: async () => (await import('./commands/test')).registerTest,
  chat: async () => (await import('./commands/chat')).registerChat,
  chatlayer: async () => (await import('./commands/chatlayer')).registerChatlayer,
  serve: async () => (await import('./commands/serve')).registerServe,
  knowledge: async () => (await import('./commands/knowledge')).registerKnowledge,
  table: async () => (await import('./commands/table')).registerTable,
  translations: async () => (await import('./commands/translations')).registerTranslations,
};

function commandsFor(args: readonly string[]): string[] {
  const named = args.find((a) => !a.startsWith('-'));
  if (named !== undefined && Object.hasOwn(COMMANDS, named)) return [named];
  if (named === undefined && args.some((a) => a === '-V' || a === '--version')) return [];
  return Object.keys(COMMANDS);
}

try {
  for (const name of commandsFor(process.argv.slice(2))) (await COMMANDS[name]!())(program);
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed its message (help, version, usage errors).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.exitCode = reportCliError(error);
  }
}
