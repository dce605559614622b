// What a block uses that Chatlayer cannot resolve (docs/chatlayer-export.md#warnings): `{secrets.*}`,
// Botloom's own built-in variables, block ids written as literals in code, and a block's own error
// route. The export goes on; each warning names the block and the field, says what Chatlayer will do,
// and how to fix it.
import { formatJsonPath } from '../../format';
import { BLOCK_KINDS, BLOCK_TYPES, type Block } from '../../model';
import {
  BUILTIN_VARIABLES,
  NOT_TEMPLATED_KEYS,
  templateVariables,
  type BuiltinVariable,
} from '../../template';
import { literalJumps } from './code-block-ids';

/** Something Chatlayer will not do as the simulator does; the export goes on. */
export interface ChatlayerExportWarning {
  /** The block concerned, when there is one. */
  blockId?: string;
  /** Its name as the canvas shows it (the id when it has none). */
  blockName?: string;
  /** The field concerned, as a JSON path inside the block (`headers.Authorization`, `code`). */
  field?: string;
  message: string;
}

/** What the scan needs of the export: Chatlayer ids, and which strings are block ids. */
export interface UnresolvedContext {
  ref(blockId: string): string;
  isBlock(id: string): boolean;
}

/** Strings that are not templates, plus the fields that name a variable to write (not read). */
const NOT_TEMPLATED = new Set([
  ...NOT_TEMPLATED_KEYS,
  'position',
  ...BLOCK_TYPES.flatMap((t) => BLOCK_KINDS[t].variableFields),
]);

const MISSING =
  'on Chatlayer it is a session variable that nothing sets (what Chatlayer shows for a missing variable is not documented)';

const BUILTIN_FIX: Record<BuiltinVariable, string> = {
  lastUserMessage:
    'Chatlayer keeps the last user message in {internal.messageContent}, which the simulator fills too: use that instead.',
  conversationId:
    'the closest Chatlayer has is the session id, {internal.sessionId}, which the simulator fills too: use that instead.',
  language:
    'Chatlayer keeps the user’s language in {internal.preferredLanguage} and {internal.locale}, which the simulator does not fill: declare a variable whose default is the language and read that instead.',
  lastError:
    'Chatlayer documents no variable with the reason an action failed (a failing action goes to its Error occurred block): show a fixed text instead.',
};

const isBuiltin = (root: string): root is BuiltinVariable =>
  (BUILTIN_VARIABLES as readonly string[]).includes(root);

/** Every variable path a block reads, with the JSON path (inside the block) of the first field reading it. */
function reads(block: Block): Map<string, (string | number)[]> {
  const found = new Map<string, (string | number)[]>();
  const walk = (value: unknown, key: string | undefined, at: (string | number)[]) => {
    if (typeof value === 'string') {
      if (key === 'var') {
        if (!found.has(value)) found.set(value, at);
      } else if (value.includes('{') && !(key !== undefined && NOT_TEMPLATED.has(key)))
        for (const path of templateVariables(value)) if (!found.has(path)) found.set(path, at);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, key, [...at, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (!NOT_TEMPLATED.has(k)) walk(v, k, [...at, k]);
  };
  walk(block, undefined, []);
  return found;
}

const rootOf = (path: string) => path.split(/[.[]/, 1)[0]!;

function templateWarnings(block: Block): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const [path, at] of reads(block)) {
    const field = formatJsonPath(at);
    const root = rootOf(path);
    if (root === 'secrets')
      out.push({
        field,
        message: `reads {${path}}, a Botloom secret (secrets are never written to the export): ${MISSING}, so the value is missing. After the import, type the value into this field in Chatlayer, or have an earlier action store it in a variable marked sensitive and read that.`,
      });
    else if (isBuiltin(root))
      out.push({
        field,
        message: `reads {${path}}, a Botloom built-in: ${MISSING}. ${BUILTIN_FIX[root][0]!.toUpperCase()}${BUILTIN_FIX[root].slice(1)}`,
      });
  }
  return out;
}

function codeWarnings(code: string, ctx: UnresolvedContext): { field: string; message: string }[] {
  return literalJumps(code)
    .filter((jump) => ctx.isBlock(jump.value))
    .map((jump) => ({
      field: 'code',
      message: `line ${jump.line}, column ${jump.column}: ${jump.via === 'setNextDialogState' || jump.via === 'setNextDialogstate' ? `${jump.via}('${jump.value}')` : `${jump.via}: '${jump.value}'`} names the Botloom block "${jump.value}"; the export copies code as it is, and on Chatlayer no dialog state has that id (what Chatlayer then does is not documented). The block is exported as the dialog state "${ctx.ref(jump.value)}": after the import, write that id in the code, or read the target from a code argument (setNextDialogState(args.next)) and set the argument in Chatlayer.`,
    }));
}

function onErrorWarning(block: Block): { field: string; message: string }[] {
  const target = 'onError' in block ? block.onError : undefined;
  if (target === undefined) return [];
  return [
    {
      field: 'onError',
      message: `sends failures to its own error route ("${target}"); Chatlayer documents no per-action error route: there a failing action goes to the bot's Error occurred default block. The export keeps the route for Botloom; Chatlayer's importer is not known to read it. Make Error occurred in Chatlayer do what "${target}" does, or handle the failure inside the action.`,
    },
  ];
}

/** `{ blockName }` when the block has a name of its own (not its id). */
export const blockNamed = (block: Block): { blockName?: string } =>
  block.name !== undefined && block.name !== block.id ? { blockName: block.name } : {};

/** The warnings of one block about what Chatlayer cannot resolve, in a stable order. */
export function unresolvedWarnings(block: Block, ctx: UnresolvedContext): ChatlayerExportWarning[] {
  const named = blockNamed(block);
  return [
    ...templateWarnings(block),
    ...(block.type === 'code' ? codeWarnings(block.code, ctx) : []),
    ...onErrorWarning(block),
  ].map((w) => ({ blockId: block.id, ...named, ...w }));
}

/**
 * How the CLI and the app start a warning: `block "Ask size" (ask_size) headers.Authorization: ` with a
 * field, `block ask_size ` before a message that goes on from the block (`has 4 buttons…`).
 */
export function warningPlace(w: ChatlayerExportWarning): string {
  if (w.blockId === undefined) return '';
  const name =
    w.blockName !== undefined && w.blockName !== w.blockId ? `"${w.blockName}" (${w.blockId})` : w.blockId;
  return w.field !== undefined ? `block ${name} ${w.field}: ` : `block ${name} `;
}
