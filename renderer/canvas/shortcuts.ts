// Every keyboard shortcut of the editor, in one table: the key handler and the help overlay both read it.
import { BLOCK_TYPES, type BlockType } from '../../engine/model';
import { BLOCK_UI } from '../blocks/block-ui';

export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'selectAll'
  | 'deselect'
  | 'search'
  | 'help'
  | 'zoomToFit'
  | 'autoLayout'
  | 'alignLeft'
  | 'alignTop'
  | 'alignCentreX'
  | 'alignCentreY'
  | AddBlockAction
  | 'newNote'
  | 'newFrame'
  | 'outline'
  | 'edit';

/** The action adding a block of a kind at the centre: addMessage, addInput, addGoto… */
export type AddBlockAction = `add${Capitalize<BlockType>}`;
export const addBlockAction = (type: BlockType): AddBlockAction =>
  `add${type[0]!.toUpperCase()}${type.slice(1)}` as AddBlockAction;

export interface Shortcut {
  action: ShortcutAction;
  /** As shown to the user; Mod is Ctrl (Cmd on macOS). */
  keys: string;
  description: string;
  match(e: KeyboardEvent): boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const plain = (e: KeyboardEvent) => !mod(e) && !e.altKey;

export const SHORTCUTS: Shortcut[] = [
  { action: 'undo', keys: 'Mod+Z', description: 'Undo', match: (e) => mod(e) && !e.shiftKey && key(e, 'z') },
  {
    action: 'redo',
    keys: 'Mod+Shift+Z / Mod+Y',
    description: 'Redo',
    match: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
  },
  {
    action: 'copy',
    keys: 'Mod+C',
    description: 'Copy the selected blocks',
    match: (e) => mod(e) && key(e, 'c'),
  },
  {
    action: 'cut',
    keys: 'Mod+X',
    description: 'Cut the selected blocks',
    match: (e) => mod(e) && key(e, 'x'),
  },
  {
    action: 'paste',
    keys: 'Mod+V',
    description: 'Paste blocks (ids renamed on collision)',
    match: (e) => mod(e) && key(e, 'v'),
  },
  {
    action: 'duplicate',
    keys: 'Mod+D',
    description: 'Duplicate the selected blocks',
    match: (e) => mod(e) && key(e, 'd'),
  },
  {
    action: 'delete',
    keys: 'Delete / Backspace',
    description: 'Delete the selected blocks (warns about dangling references)',
    match: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'),
  },
  {
    action: 'selectAll',
    keys: 'Mod+A',
    description: 'Select every block of the flow',
    match: (e) => mod(e) && key(e, 'a'),
  },
  {
    action: 'deselect',
    keys: 'Escape',
    description: 'Clear the selection, close overlays',
    match: (e) => e.key === 'Escape',
  },
  {
    action: 'search',
    keys: 'Mod+K',
    description: 'Search blocks by id, name or text',
    match: (e) => mod(e) && key(e, 'k'),
  },
  {
    action: 'help',
    keys: '?',
    description: 'Show the keyboard shortcuts',
    match: (e) => e.key === '?' && !mod(e),
  },
  {
    action: 'edit',
    keys: 'Enter',
    description: 'Edit the selected block in the inspector',
    match: (e) => plain(e) && e.key === 'Enter',
  },
  {
    action: 'zoomToFit',
    keys: 'Shift+1',
    description: 'Zoom to fit the flow',
    match: (e) => e.shiftKey && !mod(e) && e.code === 'Digit1',
  },
  {
    action: 'autoLayout',
    keys: 'Shift+L',
    description: 'Auto-layout the flow',
    match: (e) => e.shiftKey && !mod(e) && key(e, 'l'),
  },
  {
    action: 'alignLeft',
    keys: 'Alt+A',
    description: 'Align selected blocks left',
    match: (e) => e.altKey && e.code === 'KeyA',
  },
  {
    action: 'alignTop',
    keys: 'Alt+W',
    description: 'Align selected blocks to the top',
    match: (e) => e.altKey && e.code === 'KeyW',
  },
  {
    action: 'alignCentreX',
    keys: 'Alt+H',
    description: 'Centre selected blocks on one vertical line',
    match: (e) => e.altKey && e.code === 'KeyH',
  },
  {
    action: 'alignCentreY',
    keys: 'Alt+V',
    description: 'Centre selected blocks on one horizontal line',
    match: (e) => e.altKey && e.code === 'KeyV',
  },
  {
    action: 'outline',
    keys: 'Alt+O',
    description: 'Show or hide the outline: every block of the flow in a table',
    match: (e) => e.altKey && !mod(e) && e.code === 'KeyO',
  },
  {
    action: 'newNote',
    keys: 'N',
    description: 'Add a sticky note at the centre',
    match: (e) => plain(e) && !e.shiftKey && key(e, 'n'),
  },
  {
    action: 'newFrame',
    keys: 'F',
    description: 'Add a frame (around the selected blocks, if any)',
    match: (e) => plain(e) && !e.shiftKey && key(e, 'f'),
  },
  // One key per block kind that has one (BLOCK_UI's shortcut), in palette order.
  ...BLOCK_TYPES.flatMap((type): Shortcut[] => {
    const shortcut = BLOCK_UI[type].shortcut;
    if (!shortcut) return [];
    return [
      {
        action: addBlockAction(type),
        keys: shortcut.key,
        description: shortcut.description,
        match: (e) => plain(e) && !e.shiftKey && e.key === shortcut.key,
      },
    ];
  }),
];

export function shortcutFor(e: KeyboardEvent): ShortcutAction | undefined {
  return SHORTCUTS.find((s) => s.match(e))?.action;
}

/** Typing in a field (or in Monaco) keeps its own keys. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    !!target.closest('.monaco-editor')
  );
}
