// diffProjects: the diff that turns one project into another (revision diff and restore in the store).
// Built by driving a draft of `a` towards `b`, so every op is checked as it is made.
import type { Flow, Project } from '../model';
import { deepEqual } from './deep-equal';
import { SETTING_KEYS, type ListKind } from './diff-op';
import type { ProjectDiff } from './project-diff';
import { ProjectDraft } from './project-draft';

type Item<K extends ListKind> = Project[K][number];

function unique(ids: string[]): boolean {
  return new Set(ids).size === ids.length;
}

function allBlockIds(flows: Flow[]): string[] {
  return flows.flatMap((f) => f.blocks.map((b) => b.id));
}

/** Matches flows and blocks by id: removes what `b` lacks, then places every block of `b` in order. */
function diffFlowsById(draft: ProjectDraft, b: Project): void {
  const wanted = new Set(allBlockIds(b.flows));
  const gone = draft.project.flows.flatMap((flow, flowIndex) =>
    flow.blocks.flatMap((block, index) => (wanted.has(block.id) ? [] : [{ block, flow, flowIndex, index }])),
  );
  gone
    .sort((x, y) => y.flowIndex - x.flowIndex || y.index - x.index)
    .forEach((p) => draft.removeBlock(p.block.id, p));
  for (const flow of b.flows)
    if (draft.flowIndex(flow.id) < 0) draft.insertFlow(draft.project.flows.length, flow.id, flow.name);
  for (const flow of b.flows) {
    flow.blocks.forEach((block, j) => {
      const fi = draft.flowIndex(flow.id);
      const here = draft.project.flows[fi]!.blocks[j];
      if (here?.id === block.id) {
        if (!deepEqual(here, block))
          draft.replaceBlock(block.id, block, undefined, {
            block: here,
            flow: draft.project.flows[fi]!,
            flowIndex: fi,
            index: j,
          });
        return;
      }
      const place = draft.findBlock(block.id);
      if (place) draft.replaceBlock(block.id, block, { flow: flow.id, index: j }, place);
      else draft.insertBlock(flow.id, j, block);
    });
  }
  const kept = new Set(b.flows.map((f) => f.id));
  for (const flow of [...draft.project.flows]) if (!kept.has(flow.id)) draft.removeFlow(flow.id);
  b.flows.forEach((flow, i) => draft.updateFlow(flow.id, { index: i, name: flow.name }));
}

/** For duplicate ids (an invalid project): removes every flow front to back, then adds `b`'s back to front. */
function replaceAllFlows(draft: ProjectDraft, b: Project): void {
  for (const flow of [...draft.project.flows]) {
    removeAllBlocks(draft, draft.project.flows[0]!);
    draft.removeFlow(flow.id);
  }
  for (const flow of [...b.flows].reverse()) {
    draft.insertFlow(0, flow.id, flow.name);
    flow.blocks.forEach((block, j) => draft.insertBlock(flow.id, j, block));
  }
}

function removeAllBlocks(draft: ProjectDraft, flow: Flow): void {
  for (let i = flow.blocks.length - 1; i >= 0; i--)
    draft.removeBlock(flow.blocks[i]!.id, { block: flow.blocks[i]!, flow, flowIndex: 0, index: i });
}

/** A list matched by key when keys are unique in both lists, else position by position. */
function diffList<K extends ListKind>(
  draft: ProjectDraft,
  kind: K,
  target: Item<K>[],
  keyOf?: (item: Item<K>) => string,
): void {
  const current = () => draft.project[kind] as Item<K>[];
  const keyed = keyOf && unique(current().map(keyOf)) && unique(target.map(keyOf));
  if (!keyed) {
    for (let i = current().length - 1; i >= target.length; i--) draft.removeItem(kind, i);
    target.forEach((item, i) =>
      i < current().length ? draft.replaceItem(kind, i, item) : draft.insertItem(kind, i, item),
    );
    return;
  }
  const wanted = new Set(target.map(keyOf));
  for (let i = current().length - 1; i >= 0; i--)
    if (!wanted.has(keyOf(current()[i]!))) draft.removeItem(kind, i);
  target.forEach((item, i) => {
    const at = current().findIndex((c) => keyOf(c) === keyOf(item));
    if (at === i) draft.replaceItem(kind, i, item);
    else if (at >= 0) draft.moveItem(kind, at, i, item);
    else draft.insertItem(kind, i, item);
  });
}

export function diffProjects(a: Project, b: Project): ProjectDiff {
  const draft = new ProjectDraft(a);
  for (const key of SETTING_KEYS) if (!deepEqual(a[key], b[key])) draft.setSetting(key, b[key]);
  const byId =
    unique(a.flows.map((f) => f.id)) &&
    unique(b.flows.map((f) => f.id)) &&
    unique(allBlockIds(a.flows)) &&
    unique(allBlockIds(b.flows));
  if (byId) diffFlowsById(draft, b);
  else replaceAllFlows(draft, b);
  diffList(draft, 'variables', b.variables, (v) => v.name);
  diffList(draft, 'intents', b.intents, (i) => i.id);
  diffList(draft, 'tests', b.tests, (t) => t.name);
  diffList(draft, 'mocks', b.mocks);
  return { ops: draft.ops };
}
