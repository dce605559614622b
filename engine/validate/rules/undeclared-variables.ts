// Template uses (`{path}`) and Go To comparisons of variables that nothing declares or sets. Set means:
// a declared variable, an entity, an input block's variable, a button's `set`, an API block's `saveAs`, a code
// block's addSessionVariable/setSessionVariable namespace, or a built-in (docs/file-format.md#templates).
// An event block's watched variable counts as a use.
import { BLOCK_KINDS, BLOCK_TYPES, kindOf, type Block, type Button, type Project } from '../../model';
import { BUILTIN_VARIABLES, NOT_TEMPLATED_KEYS, pathSegments, templateVariables } from '../../template';
import type { ValidationRule } from '../validation-context';

const BUILT_IN_ROOTS = [...BUILTIN_VARIABLES, 'internal', 'secrets', 'sys'];
export const normalizePath = (path: string): string =>
  path.includes('[') ? pathSegments(path).join('.') : path;
/** Strings that are not templates, plus the fields that hold a variable path outright (checked as set, not used). */
const NOT_TEMPLATED = new Set([
  ...NOT_TEMPLATED_KEYS,
  ...BLOCK_TYPES.flatMap((t) => BLOCK_KINDS[t].variableFields),
]);

export class DeclaredPaths {
  private readonly exact = new Set<string>(BUILT_IN_ROOTS);
  /** Every declared path and each of its parents: `{order}` reads an object that `order.size` fills. */
  private readonly parents = new Set<string>();

  add(path: string): void {
    const p = normalizePath(path);
    this.exact.add(p);
    for (let i = p.indexOf('.'); i > 0; i = p.indexOf('.', i + 1)) this.parents.add(p.slice(0, i));
  }

  has(path: string): boolean {
    const p = normalizePath(path);
    if (this.exact.has(p) || this.parents.has(p)) return true;
    for (let i = p.indexOf('.'); i > 0; i = p.indexOf('.', i + 1))
      if (this.exact.has(p.slice(0, i))) return true;
    return false;
  }
}

/** Every path the project declares or sets (declared variables, entities, and what blocks set). */
function declaredPaths(project: Project): DeclaredPaths {
  const declared = new DeclaredPaths();
  for (const v of project.variables) declared.add(v.name);
  // A recognised entity fills the variable of its name (docs/file-format.md#entities).
  for (const e of project.entities ?? []) declared.add(e.name);
  forEachSet(project, (path) => declared.add(path));
  return declared;
}

/** Calls `found` with each variable path a block of the project sets (input, saveAs, button sets, code…). */
export function forEachSet(project: Project, found: (path: string, block: Block) => void): void {
  const addSets = (buttons: Button[], block: Block) =>
    buttons.forEach((b) => 'set' in b && Object.keys(b.set ?? {}).forEach((k) => found(k, block)));
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      const kind = kindOf(block);
      kind.variablesSet(block).forEach((path) => found(path, block));
      for (const m of kind.messages(block)) {
        if (m.kind === 'buttons') addSets(m.buttons, block);
        if (m.kind === 'quickReplies') addSets(m.replies, block);
        if (m.kind === 'carousel') m.cards.forEach((c) => addSets(c.buttons, block));
      }
    }
}

/** A JSON path built only when needed: most fields read no variable. */
type LazyPath = { parent: LazyPath | undefined; key: string | number } | undefined;
function materialize(path: LazyPath): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p = path; p; p = p.parent) out.push(p.key);
  return out.reverse();
}

/** Every variable a block reads, with the path of the first field reading it. */
export function variableReads(block: Block, expressions: boolean): Map<string, (string | number)[]> {
  const found = new Map<string, (string | number)[]>();
  const walk = (value: unknown, key: string | undefined, path: LazyPath) => {
    if (typeof value === 'string') {
      if (key !== 'var' && (value.indexOf('{') < 0 || (key !== undefined && NOT_TEMPLATED.has(key)))) return;
      for (const variable of key === 'var' ? [value] : templateVariables(value, expressions))
        if (!found.has(variable)) found.set(variable, materialize(path));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i], key, { parent: path, key: i });
    } else if (value !== null && typeof value === 'object') {
      for (const k in value)
        if (k !== 'position' && k !== 'code')
          walk((value as Record<string, unknown>)[k], k, { parent: path, key: k });
    }
  };
  walk(block, undefined, undefined);
  return found;
}

export const undeclaredVariables: ValidationRule = (ctx) => {
  const declared = declaredPaths(ctx.project);
  for (const site of ctx.sites)
    for (const [variable, path] of variableReads(site.block, ctx.project.settings?.expressionSyntax === true))
      if (!declared.has(variable))
        ctx.report(
          'undeclared-variable',
          'warning',
          `variable "${variable}" is used but never set or declared: declare it under variables, or set it with an input block, a button, an API block's saveAs or a code block (check the spelling).`,
          { site, path },
        );
  // An event block's variable is a path, not a template, but it is read: nothing setting it, it never runs.
  for (const site of ctx.sites)
    if (site.block.type === 'onVariableChange' && !declared.has(site.block.variable))
      ctx.report(
        'undeclared-variable',
        'warning',
        `event block "${site.block.id}" watches variable "${site.block.variable}", which is never set or declared, so it can never run: declare it under variables or set it somewhere (check the spelling).`,
        { site, path: ['variable'] },
      );
};
