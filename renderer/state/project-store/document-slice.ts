// Document slice: the project, the block → flow lookup, and `apply`, the one way the renderer edits it.
// Each call applies its commands locally at once with engine/edit's applyCommands (the same loop the host
// runs) and hands them to edit sync, which sends them to the backend; the renderer keeps no history.
import { applyCommands, type Command, type CommandReport, type EditError } from '../../../engine/edit';
import type { Block, Project } from '../../../engine/model';
import type { SliceCreator } from './types';

export type ApplyResult = { ok: true; reports: CommandReport[] } | { ok: false; error: EditError };

export interface DocumentSlice {
  project: Project;
  /** Counts the changes of `project` shown here (edit, undo, redo, restore, reload); not the host's revision. */
  changeCount: number;
  /** The flow each block is in, by block id. */
  flowOfBlock: ReadonlyMap<string, string>;
  /** The last edit, undo or redo the backend refused or that no longer applied (the store then reloaded). */
  syncError: string | null;
  /**
   * True while `project` is the document without its blocks' translations that an open paints first (projects.get
   * with `translations: false`), until the whole document is shown: edits are refused meanwhile, since one made
   * from this copy (a patch of a block's messages, a paste) would take the translations out of the project.
   */
  translationsLoading: boolean;
  /** The translations could not be loaded: `translationsLoading` stays true (edits stay refused) until a reopen. */
  translationsFailed: boolean;
  apply(commands: Command[], label: string): ApplyResult;
  /** Shows a document the backend produced (an undo, a restore, a reload); forgets vanished selected blocks. */
  showProject(project: Project): void;
  block(id: string): Block | undefined;
}

export function indexFlows(project: Project): Map<string, string> {
  const map = new Map<string, string>();
  for (const flow of project.flows)
    for (const block of flow.blocks) if (!map.has(block.id)) map.set(block.id, flow.id);
  return map;
}

/**
 * Each flow's blocks by id, built once per version of the flow (flows are immutable: an edit makes a new
 * flow object, so an edit in one flow rebuilds only its map). `block(id)` runs in the selectors of every
 * mounted node on every store change; a scan of the flow there cost the simulator's follow some 1 ms a
 * turn on 5,000 blocks (bench/canvas).
 */
const blocksById = new WeakMap<Project['flows'][number], Map<string, Block>>();
function flowBlocks(flow: Project['flows'][number]): Map<string, Block> {
  let map = blocksById.get(flow);
  if (!map) {
    map = new Map();
    for (const block of flow.blocks) if (!map.has(block.id)) map.set(block.id, block);
    blocksById.set(flow, map);
  }
  return map;
}

/** What `apply` answers while the open's first document lacks its translations (`translationsLoading`). */
const LOADING_ERROR: EditError = {
  code: 'document-loading',
  message: 'The project is still loading its translations; try again in a moment.',
  path: [],
};

export const createDocumentSlice =
  (initial: Project, { translationsLoading = false } = {}): SliceCreator<DocumentSlice> =>
  (set, get, deps) => ({
    project: initial,
    changeCount: 0,
    flowOfBlock: indexFlows(initial),
    syncError: null,
    translationsLoading,
    translationsFailed: false,
    apply(commands, label) {
      if (commands.length === 0) return { ok: true, reports: [] };
      const state = get();
      if (state.translationsLoading) return { ok: false, error: LOADING_ERROR };
      const result = applyCommands(state.project, commands);
      if (!result.ok) return { ok: false, error: result.error };
      // A no-op (a disconnect of an empty slot, a move to the same place) is neither a step nor a save.
      if (result.diff.ops.length === 0) return { ok: true, reports: result.reports };
      deps.sync.edit(commands, label, result.project);
      set({
        project: result.project,
        changeCount: state.changeCount + 1,
        flowOfBlock: indexFlows(result.project),
        ...deps.sync.history(),
      });
      return { ok: true, reports: result.reports };
    },
    showProject(project) {
      const flowOfBlock = indexFlows(project);
      const selected = new Set([...get().selected].filter((id) => flowOfBlock.has(id)));
      set({ project, changeCount: get().changeCount + 1, flowOfBlock, selected });
    },
    block(id) {
      const { project, flowOfBlock } = get();
      const flowId = flowOfBlock.get(id);
      const flow = flowId === undefined ? undefined : project.flows.find((f) => f.id === flowId);
      return flow && flowBlocks(flow).get(id);
    },
  });
