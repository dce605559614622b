// The block palette: drag a block type onto the canvas, or click (or press 1–5) to add it at the centre.
import type { BlockType } from '../../engine/model';
import { useProjectStore } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { addBlockAt, PALETTE_MIME } from './canvas-actions';
import { useViewActions } from './use-view-actions';

export const PALETTE: { type: BlockType; label: string; hint: string }[] = [
  { type: 'message', label: 'Message', hint: 'Send texts, buttons, images' },
  { type: 'input', label: 'User input', hint: 'Ask and store an answer' },
  { type: 'goto', label: 'Go To', hint: 'Route on conditions' },
  { type: 'api', label: 'API', hint: 'Call an HTTP endpoint' },
  { type: 'code', label: 'Code', hint: 'Run JavaScript' },
];

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
      {PALETTE.map((item, i) => (
        <li key={item.type}>
          <button
            className={`palette-item block-${item.type}`}
            draggable
            data-testid={`palette-${item.type}`}
            onDragStart={(e) => {
              e.dataTransfer.setData(PALETTE_MIME, item.type);
              e.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => add(item.type)}
            title={`${item.hint} (drag onto the canvas, or press ${i + 1})`}
          >
            <strong>{item.label}</strong>
            <span className="muted small">{item.hint}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
