// Block ids written as literals in code (docs/chatlayer-export.md#warnings): `setNextDialogState('confirm')`
// and `nextDialogstate: 'confirm'` in a response object. The export copies code as it is, so on
// Chatlayer such a literal names no dialog state. Read with acorn (pure JavaScript, as the validator's
// syntax check); code that does not parse falls back to the validator's pattern for jumps.
import { parse, type Node } from 'acorn';
import { dialogStateJumps } from '../../validate/code-facts';

export interface LiteralBlockId {
  /** The literal's text. */
  value: string;
  /** `setNextDialogState` or `nextDialogstate`: where the literal was found. */
  via: string;
  /** 1-based line and column of the literal in the code. */
  line: number;
  column: number;
}

type AnyNode = Node & Record<string, unknown>;

/** The text of a string literal or of a template literal without `${}`; undefined for anything else. */
function literalText(node: AnyNode | undefined | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const quasi = (node.quasis as { value: { cooked?: string | null } }[])[0];
    return quasi?.value.cooked ?? undefined;
  }
  return undefined;
}

const JUMP_CALLS = new Set(['setNextDialogState', 'setNextDialogstate']);
const JUMP_KEYS = new Set(['nextDialogstate', 'nextDialogState']);

const nameOf = (node: AnyNode | undefined): string | undefined => {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name as string;
  return literalText(node);
};

function calleeName(callee: AnyNode): string | undefined {
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression')
    return callee.computed ? literalText(callee.property as AnyNode) : nameOf(callee.property as AnyNode);
  return undefined;
}

/** Every node of the tree, depth first (acorn nodes are plain objects with a `type`). */
function walk(node: unknown, visit: (node: AnyNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== 'object' || typeof (node as { type?: unknown }).type !== 'string')
    return;
  visit(node as AnyNode);
  for (const key in node) if (key !== 'loc') walk((node as Record<string, unknown>)[key], visit);
}

function parsed(code: string): Node | undefined {
  try {
    return parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
      locations: true,
    });
  } catch {
    return undefined;
  }
}

/** The string literals of `code` that name a jump target, in source order. */
export function literalJumps(code: string): LiteralBlockId[] {
  if (!/[nN]extDialog[sS]tate/.test(code)) return [];
  const tree = parsed(code);
  if (!tree) return dialogStateJumps(code).map((m) => ({ ...m, via: 'setNextDialogState' }));
  const found: LiteralBlockId[] = [];
  const add = (node: AnyNode | undefined, via: string) => {
    const value = literalText(node);
    const start = node?.loc?.start;
    if (value !== undefined && start) found.push({ value, via, line: start.line, column: start.column + 1 });
  };
  walk(tree, (node) => {
    if (node.type === 'CallExpression') {
      const name = calleeName(node.callee as AnyNode);
      if (name !== undefined && JUMP_CALLS.has(name)) add((node.arguments as AnyNode[])[0], name);
    } else if (node.type === 'Property' && !node.computed) {
      const key = nameOf(node.key as AnyNode);
      if (key !== undefined && JUMP_KEYS.has(key)) add(node.value as AnyNode, key);
    }
  });
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
