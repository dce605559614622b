// A dismissible banner for host errors (what went wrong, in the host's own words).
import { useAppStore } from '../state/app-store';
import { X } from 'lucide-react';

export function ErrorBanner() {
  const error = useAppStore((s) => s.error);
  const setError = useAppStore((s) => s.setError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{error}</span>
      <button className="icon-button" onClick={() => setError(null)} aria-label="Dismiss">
        <X aria-hidden />
      </button>
    </div>
  );
}
