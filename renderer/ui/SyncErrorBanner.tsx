// Tells the user when the host refused an edit and the project was reloaded from the saved copy.
import { useProject, useProjectStore } from '../state/project-store';
import { X } from 'lucide-react';

export function SyncErrorBanner() {
  const message = useProject((s) => s.syncError);
  const store = useProjectStore();
  if (!message) return null;
  return (
    <div className="error-banner sync-error" role="alert" data-testid="sync-error">
      <span>{message}</span>
      <button
        className="icon-button"
        onClick={() => store.setState({ syncError: null })}
        aria-label="Dismiss"
      >
        <X aria-hidden />
      </button>
    </div>
  );
}
