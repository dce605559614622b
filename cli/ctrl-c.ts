// Ctrl+C for long commands: the first press aborts the work through an AbortSignal (the command then
// reports what it has, or that it was cancelled), a second press quits at once with exit 130.
export interface CtrlC {
  signal: AbortSignal;
  /** Stops listening for Ctrl+C. */
  release(): void;
}

export function abortOnCtrlC(): CtrlC {
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(130);
    process.stderr.write('\nbotloom: cancelling (press Ctrl+C again to quit at once)…\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, release: () => process.off('SIGINT', onSigint) };
}
