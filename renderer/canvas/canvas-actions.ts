// Editing gestures of the canvas that several inputs share (palette, drop, keyboard, toolbar), written
// against the project store so that they work on every block, visible or not.
import { blockReferences, type Block, type BlockType, type Flow, type Position } from '../../engine/model';
import { copyBlocks, parseClipboard, pasteCommand } from '../../engine/edit';
import {
  selectActiveFlow,
  type ApplyResult,
  type EditorStore,
  type ProjectState,
} from '../state/project-store';
import type { StoreApi } from 'zustand/vanilla';
import { freeId, newBlock } from './new-block';
import { defaultPosition } from './flow-graph';
import { NODE_WIDTH, nodeHeight } from './block-geometry';
import { blockDisplay } from './block-display';
import { freeSpotNear } from './free-space';
import { connectCommand } from './changes-to-commands';

export const PALETTE_MIME = 'application/x-botloom-block';
type Store = StoreApi<ProjectState> | EditorStore;

/**
 * Adds a block of `type` centred on `position` in the active flow and selects it; with `from`, the exit
 * `from.handle` of block `from.block` then leads to it, in the same undo step (a connection dropped on
 * empty canvas, connect-gestures.ts).
 */
export function addBlockAt(
  store: Store,
  type: BlockType,
  position: Position,
  from?: { block: string; handle: string },
): ApplyResult {
  const state = store.getState();
  const id = freeId(type, (c) => state.flowOfBlock.has(c));
  const result = state.apply(
    [
      {
        type: 'addBlock',
        flow: state.activeFlow,
        block: newBlock(type, id, { x: position.x - NODE_WIDTH / 2, y: position.y - 20 }),
      },
      ...(from ? [connectCommand(from.block, from.handle, id)] : []),
    ],
    `Add ${type} block`,
  );
  if (result.ok) state.select([id], 'replace');
  return result;
}

/**
 * Adds a block of `type` in the free place nearest `centre` (the viewport's centre, for a palette click or the
 * keys 1–9), so that it does not cover a block already there; selects it.
 */
export function addBlockNear(store: Store, type: BlockType, centre: Position): ApplyResult {
  const height = nodeHeight(blockDisplay(newBlock(type, 'new', centre)));
  const spot = freeSpotNear(selectActiveFlow(store.getState()), centre, height);
  return addBlockAt(store, type, { x: spot.x + NODE_WIDTH / 2, y: spot.y + 20 });
}

/** References that would point nowhere once `ids` are deleted: "block.path → target" for the warning. */
export function danglingAfterDelete(state: ProjectState, ids: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const flow of state.project.flows)
    for (const block of flow.blocks) {
      if (ids.has(block.id)) continue;
      for (const ref of blockReferences(block))
        if (ids.has(ref.target)) out.push(`${block.id} (${ref.label ?? ref.kind}) → ${ref.target}`);
    }
  if (ids.has(state.project.startBlock)) out.push(`the project's start block → ${state.project.startBlock}`);
  if (state.project.fallbackBlock && ids.has(state.project.fallbackBlock))
    out.push(`the fallback block → ${state.project.fallbackBlock}`);
  for (const intent of state.project.intents)
    if (intent.block && ids.has(intent.block)) out.push(`intent ${intent.id} → ${intent.block}`);
  return out;
}

export function deleteBlocks(store: Store, ids: string[], reconnect = false): ApplyResult {
  const state = store.getState();
  if (ids.length === 0) return { ok: true, reports: [] };
  const result = state.apply(
    [{ type: 'deleteBlocks', ids, reconnect }],
    ids.length === 1 ? 'Delete block' : `Delete ${ids.length} blocks`,
  );
  if (result.ok) state.clearSelection();
  return result;
}

/** The app-wide copy buffer: also used when the system clipboard is not readable (permissions). */
let copied: string | null = null;

function selectedBlocks(state: ProjectState): string[] {
  return state.project.flows.flatMap((f) =>
    f.blocks.filter((b) => state.selected.has(b.id)).map((b) => b.id),
  );
}

export async function copySelection(store: Store): Promise<boolean> {
  const state = store.getState();
  // Not from the document an open paints before its translations are back: the copies would lack them.
  if (state.translationsLoading) return false;
  const ids = selectedBlocks(state);
  if (ids.length === 0) return false;
  const result = copyBlocks(state.project, ids);
  if (!result.ok) return false;
  copied = result.text;
  try {
    await navigator.clipboard?.writeText(result.text);
  } catch {
    // The system clipboard may refuse (no permission, no focus); the app-wide buffer still has it.
  }
  return true;
}

export async function cutSelection(store: Store): Promise<ApplyResult | undefined> {
  if (!(await copySelection(store))) return undefined;
  return deleteBlocks(store, selectedBlocks(store.getState()));
}

async function clipboardText(): Promise<string | null> {
  try {
    const text = await navigator.clipboard?.readText();
    if (text && parseClipboard(text).ok) return text;
  } catch {
    // Reading needs a permission the page may not have; fall back to the app-wide buffer.
  }
  return copied;
}

const PASTE_STEP = 40;

/**
 * The offset of a paste into `flow`: the first of 40, 80, 120… (down and right) at which no pasted block lands
 * on a block already there (within half a step), so that pasting the same blocks again steps past the last copy.
 */
export function pasteOffset(flow: Flow, pasted: readonly Block[]): Position {
  const taken = flow.blocks.flatMap((b) => (b.position ? [b.position] : []));
  const near = (a: Position, b: Position) =>
    Math.abs(a.x - b.x) < PASTE_STEP / 2 && Math.abs(a.y - b.y) < PASTE_STEP / 2;
  const placed = pasted.flatMap((b) => (b.position ? [b.position] : []));
  for (let step = 1; ; step++) {
    const d = step * PASTE_STEP;
    const free = placed.every((p) => !taken.some((t) => near(t, { x: p.x + d, y: p.y + d })));
    if (free || step >= 200) return { x: d, y: d };
  }
}

/** Pastes into the active flow, offset so that the copy covers neither its original nor an earlier copy; ids renamed on collision. */
export async function paste(
  store: Store,
  text?: string | null,
  label = 'Paste',
): Promise<ApplyResult | undefined> {
  const source = text ?? (await clipboardText());
  if (!source) return undefined;
  const parsed = parseClipboard(source);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const state = store.getState();
  const blocks = parsed.payload.flows.flatMap((f) => f.blocks);
  const offset = pasteOffset(selectActiveFlow(state), blocks);
  const result = state.apply([pasteCommand(parsed.payload, state.activeFlow, { offset })], label);
  if (result.ok) state.select(result.reports[0]?.created ?? [], 'replace');
  return result;
}

export async function duplicateSelection(store: Store): Promise<ApplyResult | undefined> {
  const state = store.getState();
  const result = copyBlocks(state.project, selectedBlocks(state));
  if (!result.ok) return undefined;
  return paste(store, result.text, 'Duplicate');
}

export function selectAll(store: Store): void {
  const state = store.getState();
  state.select(
    selectActiveFlow(state).blocks.map((b) => b.id),
    'replace',
  );
}

export type Alignment = 'left' | 'top' | 'centre-x' | 'centre-y';

/** Lines the selected blocks up on their first block's edge or centre; one moveBlocks. */
export function alignSelection(store: Store, alignment: Alignment): ApplyResult | undefined {
  const state = store.getState();
  const flow = selectActiveFlow(state);
  const chosen: { block: Block; p: Position }[] = [];
  flow.blocks.forEach((block, i) => {
    if (state.selected.has(block.id)) chosen.push({ block, p: block.position ?? defaultPosition(i) });
  });
  if (chosen.length < 2) return undefined;
  const xs = chosen.map((c) => c.p.x);
  const ys = chosen.map((c) => c.p.y);
  const target = {
    left: Math.min(...xs),
    top: Math.min(...ys),
    'centre-x': Math.round(xs.reduce((a, b) => a + b, 0) / xs.length),
    'centre-y': Math.round(ys.reduce((a, b) => a + b, 0) / ys.length),
  }[alignment];
  const vertical = alignment === 'left' || alignment === 'centre-x';
  const moves = chosen.map(({ block, p }) => ({
    id: block.id,
    position: vertical ? { x: target, y: p.y } : { x: p.x, y: target },
  }));
  return state.apply([{ type: 'moveBlocks', moves }], `Align ${alignment}`);
}
