// The trace timeline: every event of the conversation (docs/file-format.md#trace-events); clicking one selects its block.
import { memo, useCallback } from 'react';
import type { TraceEvent } from '../../engine/model';
import { useProject, useProjectStore } from '../state/project-store';
import { traceSummary } from './trace-summary';
import { useRecentEntries } from './use-recent-entries';
import { useStickToBottom } from './use-stick-to-bottom';

/** Events shown at once; "Show earlier" adds as many. */
const TRACE_PAGE = 250;

/** One event. Memoised: the list grows by a few events a turn and must not redraw the thousands before. */
const TraceItem = memo(function TraceItem({
  event,
  active,
  onPick,
}: {
  event: TraceEvent;
  active: boolean;
  onPick(event: TraceEvent): void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`trace-item trace-${event.type}${active ? ' active' : ''}`}
        onClick={() => onPick(event)}
        data-testid="trace-item"
        data-type={event.type}
        data-block={event.blockId ?? ''}
      >
        <span className="trace-seq">{event.seq}</span>
        <span className="trace-type">{event.type}</span>
        <span className="trace-text">{traceSummary(event)}</span>
      </button>
    </li>
  );
});

export function TraceTimeline({ filter }: { filter?: (e: TraceEvent) => boolean }) {
  const store = useProjectStore();
  const events = useProject((s) => s.simEvents);
  const selectedSeq = useProject((s) => s.simSelectedSeq);
  const shown = filter ? events.filter(filter) : events;
  const recent = useRecentEntries(shown, TRACE_PAGE);
  const list = useStickToBottom<HTMLOListElement>(shown.length, selectedSeq === null);

  const pick = useCallback(
    (e: TraceEvent) => {
      store.getState().selectSimEvent(e.seq);
      if (e.blockId) store.getState().focusBlock(e.blockId);
    },
    [store],
  );

  if (shown.length === 0) return <p className="muted small">No events yet.</p>;
  return (
    <ol className="trace-list" ref={list} data-testid="trace-list">
      {recent.hidden > 0 && (
        <li>
          <button type="button" className="link" onClick={recent.showEarlier}>
            Show earlier events ({recent.hidden})
          </button>
        </li>
      )}
      {recent.shown.map((e) => (
        <TraceItem key={e.seq} event={e} active={e.seq === selectedSeq} onPick={pick} />
      ))}
    </ol>
  );
}
