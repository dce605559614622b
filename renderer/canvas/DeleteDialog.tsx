// Confirms deleting the selected blocks, listing the references that would be left pointing nowhere.
import { useMemo } from 'react';
import { useProjectStore } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { danglingAfterDelete, deleteBlocks } from './canvas-actions';

export function DeleteDialog({ onClose }: { onClose: () => void }) {
  const store = useProjectStore();
  const setError = useAppStore((s) => s.setError);
  const { ids, dangling } = useMemo(() => {
    const state = store.getState();
    const ids = [...state.selected];
    return { ids, dangling: danglingAfterDelete(state, new Set(ids)) };
  }, [store]);
  const run = (reconnect: boolean) => {
    const r = deleteBlocks(store, ids, reconnect);
    if (!r.ok) setError(r.error.message);
    onClose();
  };
  if (dangling.length === 0) {
    queueMicrotask(() => run(false));
    return null;
  }
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal
      aria-label="Delete blocks"
      data-testid="delete-dialog"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="overlay-card">
        <h3>
          Delete {ids.length} block{ids.length === 1 ? '' : 's'}?
        </h3>
        <p>These references will point to a block that no longer exists:</p>
        <ul className="dangling-list">
          {dangling.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <div className="row">
          <button className="primary" autoFocus onClick={() => run(false)} data-testid="confirm-delete">
            Delete
          </button>
          <button
            onClick={() => run(true)}
            title="References to a block that only continues with next are re-pointed to that next block"
          >
            Delete and reconnect
          </button>
          <button onClick={onClose}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
