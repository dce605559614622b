// Typed failures of the Chatlayer client: one clear sentence each, never carrying the token.
export type ChatlayerErrorCode =
  | 'chatlayer-unauthorized'
  | 'chatlayer-forbidden'
  | 'chatlayer-not-found'
  | 'chatlayer-rate-limited'
  | 'chatlayer-server'
  | 'chatlayer-network'
  | 'chatlayer-unexpected'
  | 'chatlayer-bad-request'
  | 'chatlayer-aborted'
  | 'chatlayer-config';

export class ChatlayerError extends Error {
  constructor(
    readonly code: ChatlayerErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ChatlayerError';
  }
  /** Connection problems (exit code 2 in the CLI) as opposed to a conversation that differs. */
  get unusableConnection(): boolean {
    return ['chatlayer-unauthorized', 'chatlayer-forbidden', 'chatlayer-not-found', 'chatlayer-network', 'chatlayer-config'].includes(this.code);
  }
}

/** Removes every occurrence of the secret (and its halves, for `id:secret` tokens) from a text. */
export function scrubSecret(text: string, secret: string | undefined): string {
  if (!secret) return text;
  let out = text.split(secret).join('«token»');
  for (const part of secret.split(':')) if (part.length >= 8) out = out.split(part).join('«token»');
  return out;
}
