// Variable names the inspector offers: declared ones, the built-ins, and every name the project uses
// (input variables, saveAs, conditions, set keys, `{path}` uses in any text).
import { templatePaths } from '../../engine/edit';
import type { Project } from '../../engine/model';

const BUILT_INS = [
  'lastUserMessage',
  'lastError',
  'language',
  'conversationId',
  'internal.sessionId',
  'internal.messageContent',
  'internal.currentDialogstate',
  'internal.previousDialogstate',
];
const PATH_KEYS = new Set(['variable', 'saveAs', 'var']);
const cache = new WeakMap<Project, string[]>();

export function knownVariables(project: Project): string[] {
  const hit = cache.get(project);
  if (hit) return hit;
  const names = new Set<string>(project.variables.map((v) => v.name));
  const walk = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key && PATH_KEYS.has(key)) names.add(value);
      else if (key !== 'code') for (const use of templatePaths(value)) names.add(use.path);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'set') Object.keys(v as object).forEach((n) => names.add(n));
        walk(v, k);
      }
  };
  for (const flow of project.flows) walk(flow.blocks);
  for (const b of BUILT_INS) names.add(b);
  const list = [...names].sort();
  cache.set(project, list);
  return list;
}
