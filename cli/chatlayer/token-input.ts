// Reads an access token for `botloom chatlayer login`: a hidden prompt on a terminal, or everything piped
// on stdin. Never from an argument, where other users could read it in the process list.
import { CliError } from '../cli-error';

/** The parts of a terminal the prompt uses (process.stdin / process.stderr fit). */
export interface PromptInput {
  isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
  setEncoding(encoding: 'utf8'): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

const STDIN_LIMIT = 64 * 1024;
/** CSI sequences (arrow keys, Home, Delete…), which must not end up in the token. */
const ESCAPE_SEQUENCE = new RegExp(String.raw`\u001b\[[0-9;?]*[ -/]*[@-~]`, 'g');

/**
 * Prompts without echo; resolves the text typed before Enter, or null on Ctrl+C / Ctrl+D on an empty
 * line. Backspace works; escape sequences (arrow keys) are ignored.
 */
export function promptHidden(
  question: string,
  input: PromptInput,
  output: { write(text: string): unknown },
): Promise<string | null> {
  return new Promise((resolve) => {
    let value = '';
    // Echo off before the prompt shows, so that keys typed at once are not echoed either.
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    output.write(question);
    const finish = (result: string | null) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      resolve(result);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk.replace(ESCAPE_SEQUENCE, '')) {
        if (ch === '\r' || ch === '\n') return finish(value);
        if (ch === '\u0003') return finish(null);
        if (ch === '\u0004') return finish(value === '' ? null : value);
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}

/** Everything on a stream until its end, at most 64 KiB. */
export async function readAllInput(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > STDIN_LIMIT)
      throw new CliError('The input on stdin is longer than 64 KiB: pipe only the token.', 2);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A token as typed or piped, trimmed; one word (Chatlayer tokens look like `<tokenId>:<tokenSecret>`). */
export function checkTokenShape(raw: string, from: 'stdin' | 'prompt'): string {
  const token = raw.trim();
  if (!token)
    throw new CliError(
      from === 'stdin'
        ? 'No token on stdin: pipe it in (e.g. `printenv CHATLAYER_TOKEN | botloom chatlayer login`) or run the command in a terminal to be prompted.'
        : 'No token was typed: paste the access token from Chatlayer (Settings › Access tokens) at the prompt.',
      2,
    );
  if (/\s/.test(token))
    throw new CliError(
      'The token has spaces or several lines in it: give only the token, which looks like <tokenId>:<tokenSecret>.',
      2,
    );
  if (token.length > 8000)
    throw new CliError('The token is longer than 8,000 characters: give only the token.', 2);
  return token;
}
