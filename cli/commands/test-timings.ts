// The timings files of `botloom test` (--timings, --write-timings): the tests' durations, read to balance
// --shard and written after a run (cli/commands/test.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TestTimings } from '../../engine/testing';
import { CliError } from '../cli-error';

/** A timings file; undefined when it does not exist and `required` is false. */
export function readTimings(file: string, required: boolean): TestTimings | undefined {
  if (!existsSync(file)) {
    if (!required) return undefined;
    throw new CliError(`${file} does not exist: write it with --write-timings on an earlier run.`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read the timings in ${file}: ${(e as Error).message}.`, 2);
  }
  const parsed = TestTimings.safeParse(json);
  if (!parsed.success)
    throw new CliError(`${file} is not a timings file written by --write-timings (botloom-timings/1).`, 2);
  return parsed.data;
}

export function writeTimings(file: string, timings: TestTimings): void {
  try {
    writeFileSync(file, JSON.stringify(timings, null, 2) + '\n');
  } catch (e) {
    throw new CliError(`cannot write the timings to ${file}: ${(e as Error).message}. Check the path.`, 2);
  }
}
