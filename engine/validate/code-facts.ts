// What a code block reveals without running it: session namespaces its builder writes, the blocks it
// jumps to with setNextDialogState, and string literals that may name blocks (for reachability).
export interface CodeMention {
  value: string;
  /** 1-based line and column of the literal in the code. */
  line: number;
  column: number;
}

function mentions(code: string, pattern: RegExp, group: number): CodeMention[] {
  const out: CodeMention[] = [];
  for (const m of code.matchAll(pattern)) {
    const offset = m.index + m[0].lastIndexOf(m[group]!) - 1;
    const before = code.slice(0, offset);
    const line = before.split('\n').length;
    out.push({ value: m[group]!, line, column: offset - before.lastIndexOf('\n') });
  }
  return out;
}

const NAMESPACE = /\b(?:add|set)SessionVariable\s*\(\s*(['"`])([^'"`\\\n$]+)\1/g;
const JUMP = /\bsetNextDialog[sS]tate\s*\(\s*(['"`])([^'"`\\\n$]+)\1/g;
const LITERAL = /(['"`])([A-Za-z0-9_-]{1,64})\1/g;

export const sessionNamespaces = (code: string): string[] =>
  code.includes('SessionVariable') ? mentions(code, NAMESPACE, 2).map((m) => m.value.trim()) : [];
export const dialogStateJumps = (code: string): CodeMention[] =>
  code.includes('DialogState') || code.includes('Dialogstate') ? mentions(code, JUMP, 2) : [];
export const stringLiterals = (code: string): string[] => [...code.matchAll(LITERAL)].map((m) => m[2]!);
