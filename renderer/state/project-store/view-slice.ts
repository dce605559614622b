// View slice: what the canvas shows besides the document: a block to centre, open overlays, live drag
// positions (a drag becomes one moveBlocks only when it ends), and the diagnostics of the last validation.
import type { Position } from '../../../engine/model';
import type { Diagnostic } from '../../../engine/validate';
import type { SliceCreator } from './types';

export type Overlay = 'search' | 'help' | null;

export interface ViewSlice {
  /**
   * A request for the canvas to centre a block; `nonce` changes so the same block can be asked twice.
   * `reveal`: only bring it into view (the canvas stays put while the block is already well inside it).
   */
  focus: { blockId: string; nonce: number; reveal?: boolean } | null;
  overlay: Overlay;
  /** Positions of blocks being dragged, by id (only those). */
  dragPositions: ReadonlyMap<string, Position>;
  diagnostics: Diagnostic[];
  /** Worst severity per block id, for the markers. */
  blockSeverity: ReadonlyMap<string, Diagnostic['severity']>;
  /** Asks the inspector to focus its first field (Enter on a block), or its Name field (`editField`). */
  editRequest: number;
  /** The field an edit request focuses: 'name' (Rename in a block's context menu), or null for the first one. */
  editField: 'name' | null;
  /** The block whose first text is being edited on its card (a double-click on a message block), if any. */
  inlineEdit: string | null;
  /** Whether the outline (the table of the flow's blocks) is open beside the canvas. */
  outlineOpen: boolean;
  /**
   * The language the canvas and inspector show texts in (a secondary language), or null for the primary one.
   * A renderer view state, never saved; selectViewLanguage drops a language the project no longer has.
   */
  viewLanguage: string | null;
  /** Whether the Translations table replaces the canvas. */
  translationsOpen: boolean;
  /** Whether an auto-layout of the flow is running (the toolbar shows its progress bar). */
  layoutBusy: boolean;
  /** Whether the canvas has shown its first page of blocks: the project's first validation waits for it. */
  canvasShown: boolean;
  focusBlock(blockId: string): void;
  /** Centres a block (switching flows when needed) without touching the selection: the simulator following the bot. */
  revealBlock(blockId: string): void;
  setOverlay(overlay: Overlay): void;
  setDragPositions(positions: ReadonlyMap<string, Position>): void;
  setDiagnostics(diagnostics: Diagnostic[]): void;
  requestEdit(field?: 'name'): void;
  setInlineEdit(blockId: string | null): void;
  setOutlineOpen(open: boolean): void;
  setViewLanguage(language: string | null): void;
  setTranslationsOpen(open: boolean): void;
  setLayoutBusy(busy: boolean): void;
  /** Said once by the canvas when its first page is on screen. */
  markCanvasShown(): void;
}

const rank = { error: 3, warning: 2, info: 1 } as const;

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  focus: null,
  overlay: null,
  dragPositions: new Map(),
  diagnostics: [],
  blockSeverity: new Map(),
  editRequest: 0,
  editField: null,
  inlineEdit: null,
  outlineOpen: false,
  viewLanguage: null,
  translationsOpen: false,
  layoutBusy: false,
  canvasShown: false,
  markCanvasShown() {
    if (!get().canvasShown) set({ canvasShown: true });
  },
  focusBlock(blockId) {
    const flowId = get().flowOfBlock.get(blockId);
    if (flowId === undefined) return;
    set({
      activeFlow: flowId,
      selected: new Set([blockId]),
      focus: { blockId, nonce: (get().focus?.nonce ?? 0) + 1 },
    });
  },
  revealBlock(blockId) {
    const flowId = get().flowOfBlock.get(blockId);
    if (flowId === undefined) return;
    set({ activeFlow: flowId, focus: { blockId, nonce: (get().focus?.nonce ?? 0) + 1, reveal: true } });
  },
  setOverlay: (overlay) => set({ overlay }),
  setDragPositions: (dragPositions) => set({ dragPositions }),
  setDiagnostics(diagnostics) {
    const blockSeverity = new Map<string, Diagnostic['severity']>();
    for (const d of diagnostics) {
      const id = d.location.blockId;
      if (!id) continue;
      const old = blockSeverity.get(id);
      if (!old || rank[d.severity] > rank[old]) blockSeverity.set(id, d.severity);
    }
    set({ diagnostics, blockSeverity });
  },
  requestEdit: (field) => set({ editRequest: get().editRequest + 1, editField: field ?? null }),
  setInlineEdit: (inlineEdit) => set({ inlineEdit }),
  setOutlineOpen: (outlineOpen) => set({ outlineOpen }),
  setViewLanguage: (viewLanguage) => set({ viewLanguage }),
  setTranslationsOpen: (translationsOpen) => set({ translationsOpen }),
  setLayoutBusy: (layoutBusy) => set({ layoutBusy }),
});
