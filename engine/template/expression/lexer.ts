// The expression syntax's tokens (docs/expressions.md#grammar), read on demand from an offset of the template text, so
// that the text after the closing `}` is never looked at.
import type { ExpressionProblem } from './ast';

export type Token =
  | { type: 'number'; value: number; start: number; end: number }
  | { type: 'string'; value: string; start: number; end: number }
  | { type: 'name'; value: string; start: number; end: number }
  | { type: 'punct'; value: string; start: number; end: number }
  | { type: 'end'; value: ''; start: number; end: number };

const PUNCT = '(),[]+-*/%|}';
const NAME_START = /[A-Za-z_$]/;
const NAME_PART = /[\w$]/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'" };

export class LexError extends Error {
  constructor(readonly problem: ExpressionProblem) {
    super(problem.message);
  }
}

export class Lexer {
  private pos: number;
  private peeked: Token | undefined;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  peek(): Token {
    return (this.peeked ??= this.read());
  }

  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  private read(): Token {
    const { text } = this;
    while (this.pos < text.length && /\s/.test(text[this.pos]!)) this.pos++;
    const start = this.pos;
    if (start >= text.length) return { type: 'end', value: '', start, end: start };
    const c = text[start]!;
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[start + 1] ?? ''))) return this.number(start);
    if (c === '"' || c === "'") return this.string(start, c);
    if (NAME_START.test(c)) return this.name(start);
    if (PUNCT.includes(c)) {
      this.pos++;
      return { type: 'punct', value: c, start, end: this.pos };
    }
    throw new LexError({ message: `unexpected character "${c}"`, offset: start });
  }

  private number(start: number): Token {
    const match = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(start, start + 64))!;
    this.pos = start + match[0].length;
    return { type: 'number', value: Number(match[0]), start, end: this.pos };
  }

  private string(start: number, quote: string): Token {
    const { text } = this;
    let value = '';
    let i = start + 1;
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\\' && i + 1 < text.length) {
        value += ESCAPES[text[i + 1]!] ?? text[i + 1];
        i += 2;
      } else value += text[i++];
    }
    if (i >= text.length)
      throw new LexError({ message: `the text starting here has no closing ${quote}`, offset: start });
    this.pos = i + 1;
    return { type: 'string', value, start, end: this.pos };
  }

  /** A function name or a variable path: `total`, `order.items[0].name`. */
  private name(start: number): Token {
    const { text } = this;
    let i = start + 1;
    for (;;) {
      while (i < text.length && NAME_PART.test(text[i]!)) i++;
      if (text[i] === '.' && NAME_PART.test(text[i + 1] ?? '')) {
        i++;
        continue;
      }
      const index = /^\[\d+\]/.exec(text.slice(i, i + 12));
      if (index) {
        i += index[0].length;
        continue;
      }
      break;
    }
    this.pos = i;
    return { type: 'name', value: text.slice(start, i), start, end: i };
  }
}
