// The open project's saved revisions from the host, newest first; read again shortly after the project
// changes (`projects.changed`, debounced so a burst of edits reads once) and on request.
import { useCallback, useEffect, useState } from 'react';
import type { Revision } from '../host';
import { listRevisions, onProjectChanged } from './history-controller';

export const REVISIONS_REFRESH_MS = 300;

export function useRevisions(path: string): {
  revisions: Revision[] | null;
  error: string | null;
  reload(): void;
} {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    listRevisions(path).then(
      (list) => {
        if (!live) return;
        setRevisions(list);
        setError(null);
      },
      (e: Error) => live && setError(`The history could not be read: ${e.message}`),
    );
    return () => {
      live = false;
    };
  }, [path, asked]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onProjectChanged(path, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, REVISIONS_REFRESH_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [path, reload]);

  return { revisions, error, reload };
}
