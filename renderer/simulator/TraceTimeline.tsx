// The trace timeline: every event of the conversation (SPEC §4.2); clicking one selects its block.
import { useEffect, useRef } from 'react';
import type { TraceEvent } from '../../engine/model';
import { useProject, useProjectStore } from '../state/project-store';
import { traceSummary } from './trace-summary';

export function TraceTimeline({ filter }: { filter?: (e: TraceEvent) => boolean }) {
  const store = useProjectStore();
  const events = useProject((s) => s.simEvents);
  const selectedSeq = useProject((s) => s.simSelectedSeq);
  const list = useRef<HTMLOListElement>(null);
  const shown = filter ? events.filter(filter) : events;

  useEffect(() => {
    const el = list.current;
    if (el && selectedSeq === null) el.scrollTop = el.scrollHeight;
  }, [shown.length, selectedSeq]);

  const pick = (e: TraceEvent) => {
    store.getState().selectSimEvent(e.seq);
    if (e.blockId) store.getState().focusBlock(e.blockId);
  };

  if (shown.length === 0) return <p className="muted small">No events yet.</p>;
  return (
    <ol className="trace-list" ref={list} data-testid="trace-list">
      {shown.map((e) => (
        <li key={e.seq}>
          <button
            type="button"
            className={`trace-item trace-${e.type}${e.seq === selectedSeq ? ' active' : ''}`}
            onClick={() => pick(e)}
            data-testid="trace-item"
            data-type={e.type}
            data-block={e.blockId ?? ''}
          >
            <span className="trace-seq">{e.seq}</span>
            <span className="trace-type">{e.type}</span>
            <span className="trace-text">{traceSummary(e)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
