// Errors the CLI reports as one clear message and an exit code (docs/architecture.md#the-cli: 1 failures, 2 unusable input).
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Prints an error without a stack trace (unless BOTLOOM_DEBUG is set) and returns the exit code. */
export function reportCliError(
  error: unknown,
  write: (text: string) => void = (t) => process.stderr.write(t),
): number {
  if (error instanceof CliError) {
    write(`botloom: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`botloom: ${message}\n`);
  if (process.env.BOTLOOM_DEBUG && error instanceof Error && error.stack) write(error.stack + '\n');
  else write('(set BOTLOOM_DEBUG=1 to see where this came from)\n');
  return 2;
}
