// Document slice: the project, the block → flow lookup, and `apply`, the one way the renderer edits it.
// Each call applies its commands locally (instant feedback), records one undo step and queues the same
// commands for the backend.
import {
  applyCommand,
  concatDiffs,
  type Command,
  type CommandReport,
  type EditError,
  type ProjectDiff,
} from '../../../engine/edit';
import type { Block, Project } from '../../../engine/model';
import type { SliceCreator } from './types';

export type ApplyResult = { ok: true; reports: CommandReport[] } | { ok: false; error: EditError };

export interface DocumentSlice {
  project: Project;
  /** Bumped on every change of `project` (edit, undo, redo, reload). */
  revision: number;
  /** The flow each block is in, by block id. */
  flowOfBlock: ReadonlyMap<string, string>;
  /** The last edit the backend refused (the store then reloaded the project from it). */
  syncError: string | null;
  apply(commands: Command[], label: string): ApplyResult;
  /** Replaces the document (load, resync): clears history and selection of vanished blocks. */
  replaceProject(project: Project): void;
  block(id: string): Block | undefined;
}

export function indexFlows(project: Project): Map<string, string> {
  const map = new Map<string, string>();
  for (const flow of project.flows)
    for (const block of flow.blocks) if (!map.has(block.id)) map.set(block.id, flow.id);
  return map;
}

/** Applies commands in order; all or nothing. */
export function applyAll(
  project: Project,
  commands: Command[],
):
  | { ok: true; project: Project; diff: ProjectDiff; reports: CommandReport[] }
  | { ok: false; error: EditError } {
  let current = project;
  const diffs: ProjectDiff[] = [];
  const reports: CommandReport[] = [];
  for (const command of commands) {
    const result = applyCommand(current, command);
    if (!result.ok) return { ok: false, error: result.error };
    current = result.project;
    diffs.push(result.diff);
    reports.push(result.report);
  }
  return { ok: true, project: current, diff: concatDiffs(diffs), reports };
}

export const createDocumentSlice =
  (initial: Project): SliceCreator<DocumentSlice> =>
  (set, get, deps) => ({
    project: initial,
    revision: 0,
    flowOfBlock: indexFlows(initial),
    syncError: null,
    apply(commands, label) {
      if (commands.length === 0) return { ok: true, reports: [] };
      const state = get();
      const result = applyAll(state.project, commands);
      if (!result.ok) return result;
      // A no-op (a disconnect of an empty slot, a move to the same place) is neither a step nor a save.
      if (result.diff.ops.length === 0) return { ok: true, reports: result.reports };
      deps.history.record(result.diff, label);
      set({
        project: result.project,
        revision: state.revision + 1,
        flowOfBlock: indexFlows(result.project),
        ...deps.historyFlags(),
      });
      deps.sync(() => deps.backend.applyCommands(commands, label));
      return { ok: true, reports: result.reports };
    },
    replaceProject(project) {
      deps.history.clear();
      const flowOfBlock = indexFlows(project);
      const selected = new Set([...get().selected].filter((id) => flowOfBlock.has(id)));
      set({ project, revision: get().revision + 1, flowOfBlock, selected, ...deps.historyFlags() });
    },
    block(id) {
      const { project, flowOfBlock } = get();
      const flow = project.flows.find((f) => f.id === flowOfBlock.get(id));
      return flow?.blocks.find((b) => b.id === id);
    },
  });
