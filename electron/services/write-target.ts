// Where the host writes a file a client names (exports): a full path only (a relative one would land
// beside the host's working directory, which no user chose), and an existing file is replaced only
// when the client says so (`overwrite: true`, after the app asked the user).
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { HostError } from '../api/host-error';

/** Throws a HostError unless `target` may be written; returns it unchanged. */
export function checkWriteTarget(target: string, overwrite: boolean | undefined): string {
  if (!path.isAbsolute(target))
    throw new HostError(
      'invalid-input',
      `${target} is a relative path: choose a full path (for example ${path.join('/home/you', target)}).`,
    );
  if (existsSync(target)) {
    if (!lstatSync(target).isFile())
      throw new HostError(
        'invalid-input',
        `${target} exists and is not a regular file: choose another name.`,
      );
    if (!overwrite) throw new HostError('conflict', `${target} already exists: confirm to replace it.`);
  }
  return target;
}
