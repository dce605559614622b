// The block palette: drag a block type onto the canvas, or click (or press its key) to add it in the free
// place nearest the centre; then a note and a frame (canvas annotations, not blocks).
import { BLOCK_TYPES, type BlockType } from '../../engine/model';
import { useProjectStore } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { addBlockNear, PALETTE_MIME } from './canvas-actions';
import { useViewActions } from './use-view-actions';
import { BLOCK_UI, BlockIcon, blockColorStyle } from '../blocks/block-ui';
import { addFrame, addNoteAt } from './annotations/annotation-actions';

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
  const report = (r: { ok: true } | { ok: false; error: { message: string } }) => {
    if (!r.ok) setError(r.error.message);
  };
  const add = (type: BlockType) => report(addBlockNear(store, type, view.centre()));
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
            <strong>
              <BlockIcon type={item.type} />
              {item.label}
            </strong>
            <span className="muted small">{item.hint}</span>
          </button>
        </li>
      ))}
      <li>
        <button
          className="palette-item palette-note"
          data-testid="palette-note"
          onClick={() => report(addNoteAt(store, view.centre()))}
          title="A sticky note on the canvas; never exported to Chatlayer (or press N)"
        >
          <strong>Note</strong>
          <span className="muted small">Sticky note for the team</span>
        </button>
      </li>
      <li>
        <button
          className="palette-item palette-frame"
          data-testid="palette-frame"
          onClick={() => report(addFrame(store, view.centre()))}
          title="A titled box that moves the blocks inside it; wraps the selection (or press F)"
        >
          <strong>Frame</strong>
          <span className="muted small">Group blocks under a title</span>
        </button>
      </li>
    </ul>
  );
}
