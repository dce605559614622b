// Errors that cross the host boundary: a stable code, a human message, and for bad input the paths.
import { z } from 'zod';
import { zodIssuePath } from '../../engine/model';

export const HostErrorCode = z.enum([
  'not-found',
  'invalid-input',
  'invalid-output',
  'unauthorized',
  'forbidden',
  'conflict',
  'unavailable',
  'cancelled',
  'failed',
]);
export type HostErrorCode = z.infer<typeof HostErrorCode>;

export const HostIssue = z.object({ path: z.string(), message: z.string() });
export type HostIssue = z.infer<typeof HostIssue>;

export const HostErrorData = z.object({
  code: HostErrorCode.or(z.string()),
  message: z.string(),
  issues: z.array(HostIssue).optional(),
});
export type HostErrorData = z.infer<typeof HostErrorData>;

/** Thrown by services (and clients) to report an expected failure with a stable code. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode | (string & {}),
    message: string,
    readonly issues?: HostIssue[],
  ) {
    super(message);
    this.name = 'HostError';
  }
  toData(): HostErrorData {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: HostErrorData };

/** Formats zod issues as `path: message` entries (path like `flows[0].blocks[2].next`, `(root)` when empty). */
export function issuesFromZod(error: z.ZodError): HostIssue[] {
  return error.issues.map((i) => ({ path: zodIssuePath(i, '(root)'), message: i.message }));
}
