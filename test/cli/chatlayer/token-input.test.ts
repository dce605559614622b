// Reading a token for `botloom chatlayer login`: the hidden prompt's keys, stdin's limit, the token's shape.
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkTokenShape, promptHidden, readAllInput } from '../../../cli/chatlayer/token-input';

/** A terminal whose keys the test sends, recording raw mode and everything written to it. */
function terminal() {
  const events = new EventEmitter();
  const modes: boolean[] = [];
  let shown = '';
  const input = {
    isTTY: true,
    setRawMode: (raw: boolean) => modes.push(raw),
    setEncoding: () => {},
    on: (e: 'data', l: (chunk: string) => void) => events.on(e, l),
    off: (e: 'data', l: (chunk: string) => void) => events.off(e, l),
    resume: () => {},
    pause: () => {},
  };
  return {
    input,
    output: { write: (text: string) => (shown += text) },
    type: (keys: string) => events.emit('data', keys),
    modes,
    shown: () => shown,
  };
}

describe('hidden prompt', () => {
  it('returns what was typed before Enter, with backspace applied and arrow keys dropped, echoing nothing', async () => {
    const t = terminal();
    const answer = promptHidden('Token: ', t.input, t.output);
    t.type('abcX\x7f');
    t.type('\x1b[D:dé');
    t.type('f\rignored');
    expect(await answer).toBe('abc:déf');
    expect(t.shown()).toBe('Token: \n');
    expect(t.modes).toEqual([true, false]);
  });

  it('answers null on Ctrl+C, and on Ctrl+D at an empty line', async () => {
    const a = terminal();
    const cancelled = promptHidden('Token: ', a.input, a.output);
    a.type('abc\x03');
    expect(await cancelled).toBeNull();
    const b = terminal();
    const ended = promptHidden('Token: ', b.input, b.output);
    b.type('\x04');
    expect(await ended).toBeNull();
    expect(b.modes).toEqual([true, false]);
  });
});

describe('token from stdin', () => {
  it('reads everything piped, and refuses more than 64 KiB', async () => {
    expect(await readAllInput(Readable.from(['id:', 'secret\n']))).toBe('id:secret\n');
    await expect(readAllInput(Readable.from([Buffer.alloc(65 * 1024, 'a')]))).rejects.toThrow(
      'The input on stdin is longer than 64 KiB: pipe only the token.',
    );
  });

  it('trims the token and refuses empty, several-word or oversized ones with what to do', () => {
    expect(checkTokenShape('  id:secret \n', 'stdin')).toBe('id:secret');
    expect(() => checkTokenShape('\n', 'stdin')).toThrow(/^No token on stdin: pipe it in/);
    expect(() => checkTokenShape('', 'prompt')).toThrow(/^No token was typed/);
    expect(() => checkTokenShape('id:secret other', 'stdin')).toThrow(/spaces or several lines/);
    expect(() => checkTokenShape('x'.repeat(8001), 'stdin')).toThrow(/longer than 8,000 characters/);
  });
});
