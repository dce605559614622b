// The variables a project uses (reads in templates and conditions, or sets in blocks) without declaring them
// under `variables`: the Variables panel lists them with a button to declare them. Built-ins, secrets and
// entities (which fill the variable of their name) are not listed; a path under a declared one (`order.size`
// under `order`) or above one counts as declared, and one under another listed one is listed with it.
import type { Project } from '../model';
import { DeclaredPaths, forEachSet, normalizePath, variableReads } from './rules/undeclared-variables';

export interface UndeclaredVariable {
  /** The variable path, as a declaration would name it (`order.size`; `items[0].name` as `items.0.name`). */
  name: string;
  /** The blocks that read or set it, in document order. */
  blocks: string[];
  /** Whether a block sets it (an input, a button, an API block's saveAs, a code block…); else only read. */
  set: boolean;
}

export function undeclaredVariables(project: Project): UndeclaredVariable[] {
  const declared = new DeclaredPaths();
  for (const v of project.variables) declared.add(v.name);
  for (const e of project.entities ?? []) declared.add(e.name);
  const found = new Map<string, UndeclaredVariable>();
  const note = (path: string, blockId: string, set: boolean) => {
    const name = normalizePath(path);
    if (declared.has(name)) return;
    let entry = found.get(name);
    if (!entry) found.set(name, (entry = { name, blocks: [], set: false }));
    if (!entry.blocks.includes(blockId)) entry.blocks.push(blockId);
    entry.set ||= set;
  };
  const expressions = project.settings?.expressionSyntax === true;
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      for (const variable of variableReads(block, expressions).keys()) note(variable, block.id, false);
      if (block.type === 'onVariableChange') note(block.variable, block.id, false);
    }
  forEachSet(project, (path, block) => note(path, block.id, true));
  // A path under another listed one (`cart.total` under `cart`) is covered by declaring that one.
  const listed = [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  const top: UndeclaredVariable[] = [];
  for (const entry of listed) {
    const parent = top.find((t) => entry.name.startsWith(`${t.name}.`));
    if (!parent) top.push(entry);
    else {
      for (const id of entry.blocks) if (!parent.blocks.includes(id)) parent.blocks.push(id);
      parent.set ||= entry.set;
    }
  }
  const order = new Map(project.flows.flatMap((f) => f.blocks).map((b, i) => [b.id, i]));
  for (const entry of top) entry.blocks.sort((a, b) => order.get(a)! - order.get(b)!);
  return top;
}
