// What the canvas's context menus list (use-context-menu.tsx opens them): for a block, an edge and the empty
// canvas, the editing actions that already exist elsewhere (toolbar, shortcuts, inspector, Settings), each
// with its shortcut from the shortcut table, so the menu teaches the keys.
import type { BlockType, Position } from '../../engine/model';
import { blockColorStyle } from '../blocks/block-ui';
import type { StoreApi } from 'zustand/vanilla';
import type { ApplyResult, ProjectState } from '../state/project-store';
import { addFrame, addNoteAt } from './annotations/annotation-actions';
import {
  addBlockAt,
  copySelection,
  cutSelection,
  duplicateSelection,
  paste,
  selectAll,
} from './canvas-actions';
import type { MenuGroup, MenuItem } from './CanvasMenu';
import { inlineText } from './inline-text';
import { PALETTE } from './Palette';
import { SHORTCUTS, type ShortcutAction } from './shortcuts';
import { slotOfHandle } from './handle-ids';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A shortcut as a menu shows it: its first key combination, Mod spelled Ctrl (Cmd on macOS). */
export function shortcutKeys(action: ShortcutAction): string | undefined {
  const keys = SHORTCUTS.find((s) => s.action === action)?.keys.split(' / ')[0];
  return keys?.replace(/\bMod\b/g, isMac() ? 'Cmd' : 'Ctrl');
}

/** What the menus' actions need besides the store: the canvas's own gestures and an error reporter. */
export interface MenuActions {
  store: StoreApi<ProjectState>;
  report(result: ApplyResult | undefined): void;
  /** Deleting the selected blocks, through the warning about references left dangling. */
  requestDelete(): void;
  zoomToFit(): void;
  autoLayout(): void;
}

const item = (
  label: string,
  action: ShortcutAction | undefined,
  onSelect: () => void,
  more: Partial<MenuItem> = {},
) => ({
  label,
  keys: action && shortcutKeys(action),
  testId: `menu-${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}`,
  onSelect,
  ...more,
});

/** The right-clicked block's menu; it acts on the selection, which the right click made include the block. */
export function blockMenu(id: string, a: MenuActions): MenuGroup[] {
  const { store, report } = a;
  const state = store.getState();
  const block = state.block(id);
  if (!block) return [];
  const count = state.selected.size;
  const many = count > 1;
  const textHere = inlineText(block, null, state.project.language) !== undefined;
  const isStart = state.project.startBlock === id;
  return [
    {
      items: [
        ...(textHere
          ? [item('Edit text here', undefined, () => state.setInlineEdit(id), { keys: 'Double-click' })]
          : []),
        item('Edit in the inspector', 'edit', () => state.requestEdit()),
        item('Rename', undefined, () => state.requestEdit('name'), {
          hint: "Edit the block's name (its label on the canvas) in the inspector",
        }),
      ],
    },
    {
      items: [
        item(many ? `Copy ${count} blocks` : 'Copy', 'copy', () => void copySelection(store)),
        item(many ? `Cut ${count} blocks` : 'Cut', 'cut', () => void cutSelection(store).then(report)),
        item('Paste', 'paste', () => void paste(store).then(report)),
        item(
          many ? `Duplicate ${count} blocks` : 'Duplicate',
          'duplicate',
          () => void duplicateSelection(store).then(report),
        ),
      ],
    },
    {
      items: [
        item(
          'Set as start block',
          undefined,
          () =>
            report(state.apply([{ type: 'updateSettings', patch: { startBlock: id } }], 'Set start block')),
          {
            disabled: isStart,
            hint: isStart
              ? 'Conversations already start here'
              : 'Conversations start here (Chatlayer\u2019s Introduction; also in Settings)',
          },
        ),
        item(many ? `Delete ${count} blocks` : 'Delete', 'delete', a.requestDelete, {
          className: 'is-danger',
        }),
      ],
    },
  ];
}

/** An edge's menu: go to either end, or remove it (the exit then leads nowhere). Edge ids are `<source>|<handle>`. */
export function edgeMenu(edge: { id: string; source: string; target: string }, a: MenuActions): MenuGroup[] {
  const { store, report } = a;
  const state = store.getState();
  const title = (id: string) => state.block(id)?.name ?? id;
  const handle = edge.id.slice(edge.source.length + 1);
  return [
    {
      items: [
        item('Go to target', undefined, () => state.focusBlock(edge.target), {
          label: `Go to target: ${title(edge.target)}`,
          testId: 'menu-go-to-target',
        }),
        item('Go to source', undefined, () => state.focusBlock(edge.source), {
          label: `Go to source: ${title(edge.source)}`,
          testId: 'menu-go-to-source',
        }),
      ],
    },
    {
      items: [
        item(
          'Delete edge',
          'delete',
          () =>
            report(
              state.apply(
                [{ type: 'disconnect', block: edge.source, slot: slotOfHandle(handle) }],
                'Disconnect',
              ),
            ),
          { className: 'is-danger' },
        ),
      ],
    },
  ];
}

/** The empty canvas's menu: paste, select, notes and frames, the view, and a new block of any kind at the point. */
export function paneMenu(at: Position, a: MenuActions): MenuGroup[] {
  const { store, report } = a;
  const add = (type: BlockType) => report(addBlockAt(store, type, at));
  return [
    {
      items: [
        item('Paste', 'paste', () => void paste(store).then(report)),
        item('Select all', 'selectAll', () => selectAll(store)),
        item('Add a note here', 'newNote', () => report(addNoteAt(store, at))),
        item('Add a frame here', 'newFrame', () => report(addFrame(store, at))),
      ],
    },
    {
      items: [item('Zoom to fit', 'zoomToFit', a.zoomToFit), item('Auto-layout', 'autoLayout', a.autoLayout)],
    },
    {
      title: 'New block here',
      items: PALETTE.map((p) => ({
        label: p.label,
        keys: p.key,
        hint: p.hint,
        style: blockColorStyle(p.type),
        className: 'is-kind',
        testId: `menu-add-${p.type}`,
        onSelect: () => add(p.type),
      })),
    },
  ];
}
