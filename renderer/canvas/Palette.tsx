// The block palette: drag a block type onto the canvas, or click (or press its key) to add it at the centre.
import { BLOCK_TYPES, type BlockType } from '../../engine/model';
import { useProjectStore } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { addBlockAt, PALETTE_MIME } from './canvas-actions';
import { useViewActions } from './use-view-actions';
import { BLOCK_UI, blockColorStyle } from '../blocks/block-ui';

/** The palette's entries, in BLOCK_TYPES order, from BLOCK_UI. */
export const PALETTE: { type: BlockType; label: string; hint: string; key?: string }[] = BLOCK_TYPES.map(
  (type) => ({
    type,
    label: BLOCK_UI[type].label,
    hint: BLOCK_UI[type].hint,
    ...(BLOCK_UI[type].shortcut ? { key: BLOCK_UI[type].shortcut.key } : {}),
  }),
);

export function Palette() {
  const store = useProjectStore();
  const view = useViewActions();
  const setError = useAppStore((s) => s.setError);
  const add = (type: BlockType) => {
    const r = addBlockAt(store, type, view.centre());
    if (!r.ok) setError(r.error.message);
  };
  return (
    <ul className="palette" aria-label="Block palette">
      {PALETTE.map((item) => (
        <li key={item.type}>
          <button
            className={`palette-item block-${item.type}`}
            style={blockColorStyle(item.type)}
            draggable
            data-testid={`palette-${item.type}`}
            onDragStart={(e) => {
              e.dataTransfer.setData(PALETTE_MIME, item.type);
              e.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => add(item.type)}
            title={`${item.hint} (drag onto the canvas${item.key ? `, or press ${item.key}` : ', or click'})`}
          >
            <strong>{item.label}</strong>
            <span className="muted small">{item.hint}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
