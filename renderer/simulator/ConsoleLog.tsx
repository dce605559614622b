// Code blocks' console output and the conversation's errors and warnings; an error in code selects
// its block, whose editor then marks the line.
import type { TraceEvent } from '../../engine/model';
import { TraceTimeline } from './TraceTimeline';

const isConsole = (e: TraceEvent) => e.type === 'log' || e.type === 'error' || e.type === 'warning';

export function ConsoleLog() {
  return <TraceTimeline filter={isConsole} />;
}
