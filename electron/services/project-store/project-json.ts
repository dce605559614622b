// botloom/1 JSON in and out of the store. Reading reports every problem with its JSON path (syntax,
// format version, schema, duplicate ids, dangling block references); writing is deterministic.
import { blockReferences, FORMAT, Project } from '../../../engine/model';
import { storeError, type StoreIssue, type StoreResult } from './store-error';

const pathText = (path: readonly PropertyKey[]) =>
  path.length === 0 ? '(root)' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');

export function parseProjectJson(text: string, file: string): StoreResult<Project> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: storeError('invalid-json', `${file} is not valid JSON: ${(e as Error).message}`, { file, issues: [{ path: '(root)', message: (e as Error).message }] }) };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== FORMAT)
    return {
      ok: false,
      error: storeError('invalid-project', `${file} is not a ${FORMAT} project (format: ${JSON.stringify(format ?? null)}).`, {
        file,
        issues: [{ path: 'format', message: `expected "${FORMAT}", found ${JSON.stringify(format ?? null)}` }],
      }),
    };
  const parsed = Project.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: pathText(i.path), message: i.message }));
    return { ok: false, error: storeError('invalid-project', `${file} has ${issues.length} problem${issues.length > 1 ? 's' : ''}.`, { file, issues }) };
  }
  const issues = referenceIssues(parsed.data);
  if (issues.length > 0)
    return { ok: false, error: storeError('invalid-project', `${file} has ${issues.length} problem${issues.length > 1 ? 's' : ''}.`, { file, issues }) };
  return { ok: true, value: parsed.data };
}

/** Duplicate block ids and references to blocks that do not exist. */
export function referenceIssues(project: Project): StoreIssue[] {
  const issues: StoreIssue[] = [];
  const ids = new Set<string>();
  project.flows.forEach((flow, fi) =>
    flow.blocks.forEach((block, bi) => {
      if (ids.has(block.id)) issues.push({ path: `flows[${fi}].blocks[${bi}].id`, message: `duplicate block id "${block.id}"` });
      ids.add(block.id);
    }),
  );
  const check = (target: string | undefined, path: string) => {
    if (target !== undefined && !ids.has(target)) issues.push({ path, message: `refers to block "${target}", which does not exist` });
  };
  check(project.startBlock, 'startBlock');
  check(project.fallbackBlock, 'fallbackBlock');
  project.intents.forEach((intent, i) => check(intent.block, `intents[${i}].block`));
  project.flows.forEach((flow, fi) =>
    flow.blocks.forEach((block, bi) => {
      for (const ref of blockReferences(block)) check(ref.target, `flows[${fi}].blocks[${bi}]${pathText(ref.path).replace(/^(?=[^[])/, '.')}`);
    }),
  );
  project.tests.forEach((test, ti) => {
    check(test.startBlock, `tests[${ti}].startBlock`);
    test.steps.forEach((step, si) => {
      if ('expectBlock' in step) check(step.expectBlock, `tests[${ti}].steps[${si}].expectBlock`);
    });
  });
  return issues;
}

/**
 * Deterministic JSON: the schema's key order (parsing rebuilds every object in schema order and fills
 * defaults), two-space indent, trailing newline.
 */
export function stringifyProjectJson(project: Project): string {
  return JSON.stringify(Project.parse(project), null, 2) + '\n';
}
