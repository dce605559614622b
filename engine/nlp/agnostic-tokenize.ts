// The language-agnostic tokenizer, in a module of its own (no NLP packages): what needs only words without
// stemming (knowledge mocks keyed by question, and so the editor that keeps them) does not load @nlpjs.

/** Lower case, accents folded, split on anything but letters and digits. */
export const agnosticTokenize = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
