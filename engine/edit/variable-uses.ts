// Renaming a variable inside a block or a test: template uses in every templated string, plus the
// fields that hold a path outright (input and transition-set `variable`, API `saveAs`, condition `var`, button
// `set` and `expectVars` keys).
import type { Block, ConversationTest } from '../model';
import { NOT_TEMPLATED_KEYS } from '../template';
import { rewriteTemplatePaths } from './template-paths';

/** Keys whose string value is a variable path. */
const PATH_VALUED = new Set(['variable', 'saveAs', 'var']);
/** Keys whose object value is keyed by variable paths. */
const PATH_KEYED = new Set(['set', 'expectVars']);

function rewrite(
  value: unknown,
  key: string | undefined,
  rename: (path: string) => string | undefined,
): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && PATH_VALUED.has(key)) return rename(value) ?? value;
    if (key !== undefined && NOT_TEMPLATED_KEYS.has(key)) return value;
    return rewriteTemplatePaths(value, rename);
  }
  if (Array.isArray(value)) {
    let changed = false;
    // A list under `set` is a transition's `{ variable, value }` items, not an object keyed by paths.
    const itemKey = key !== undefined && PATH_KEYED.has(key) ? undefined : key;
    const out = value.map((v) => {
      const r = rewrite(v, itemKey, rename);
      if (r !== v) changed = true;
      return r;
    });
    return changed ? out : value;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    const keyed = key !== undefined && PATH_KEYED.has(key);
    for (const [k, v] of Object.entries(value)) {
      const nk = keyed ? (rename(k) ?? k) : k;
      const nv = keyed ? rewrite(v, undefined, rename) : rewrite(v, k, rename);
      if (nk !== k || nv !== v) changed = true;
      out[nk] = nv;
    }
    return changed ? out : value;
  }
  return value;
}

/** The block with variable paths renamed; the same object when nothing changed. */
export function renameVariableInBlock(block: Block, rename: (path: string) => string | undefined): Block {
  return rewrite(block, undefined, rename) as Block;
}

/** The test with its `expectVars` keys renamed (other steps are literal conversation text); same object when unchanged. */
export function renameVariableInTest(
  test: ConversationTest,
  rename: (path: string) => string | undefined,
): ConversationTest {
  let changed = false;
  const steps = test.steps.map((step) => {
    if (!('expectVars' in step)) return step;
    const expectVars = rewrite(step.expectVars, 'expectVars', rename) as typeof step.expectVars;
    if (expectVars === step.expectVars) return step;
    changed = true;
    return { expectVars };
  });
  return changed ? { ...test, steps } : test;
}
