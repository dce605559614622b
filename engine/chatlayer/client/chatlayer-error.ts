// Typed failures of the Chatlayer client: one clear sentence each, with the endpoint (and the JSON path
// of an unexpected answer) as location, never carrying the token.
import { scrubText } from '../../http/secret-scrub';

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

export interface ChatlayerErrorLocation {
  /** The call as a template, e.g. `GET /v1/bots/{botId}/conversations`. */
  endpoint?: string;
  /** Where an unexpected answer differs from the observed shape, e.g. `data[0].user.sessionId`. */
  jsonPath?: string;
}

const UNUSABLE: readonly ChatlayerErrorCode[] = [
  'chatlayer-unauthorized',
  'chatlayer-forbidden',
  'chatlayer-not-found',
  'chatlayer-network',
  'chatlayer-config',
];

export class ChatlayerError extends Error {
  readonly endpoint?: string;
  readonly jsonPath?: string;
  constructor(
    readonly code: ChatlayerErrorCode,
    message: string,
    readonly status?: number,
    location: ChatlayerErrorLocation = {},
  ) {
    super(message);
    this.name = 'ChatlayerError';
    if (location.endpoint) this.endpoint = location.endpoint;
    if (location.jsonPath) this.jsonPath = location.jsonPath;
  }
  /** Connection problems (exit code 2 in the CLI) as opposed to a conversation that differs. */
  get unusableConnection(): boolean {
    return UNUSABLE.includes(this.code);
  }
}

/** Removes every occurrence of the secret (and its halves, for `id:secret` tokens) from a text. */
export function scrubSecret(text: string, secret: string | undefined): string {
  if (!secret) return text;
  const parts = secret.split(':').filter((part) => part.length >= 8);
  return scrubText(text, [secret, ...parts], '«token»');
}
