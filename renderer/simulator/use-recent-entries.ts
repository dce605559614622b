// A long conversation shows its latest entries only, and earlier ones a page at a time on request: the
// chat and the trace then cost the same at their 5,000th entry as at their 50th. The first entry shown
// moves a whole page at a time, so most turns only append rows, and the rows above never shift.
import { useState } from 'react';

export interface RecentEntries<T> {
  /** The latest `page` to `2 × page - 1` entries, plus the pages asked for. */
  shown: readonly T[];
  /** How many earlier entries are not shown. */
  hidden: number;
  showEarlier(): void;
}

export function useRecentEntries<T>(entries: readonly T[], page: number): RecentEntries<T> {
  const [earlierPages, setEarlierPages] = useState(0);
  const hidden = Math.max(0, (Math.floor(entries.length / page) - 1 - earlierPages) * page);
  return {
    shown: hidden > 0 ? entries.slice(hidden) : entries,
    hidden,
    showEarlier: () => setEarlierPages(earlierPages + 1),
  };
}
