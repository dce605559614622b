// One line per trace event for the timeline (docs/file-format.md#trace-events), in the designer's words.
import type { TraceEvent } from '../../engine/model';

const preview = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? 'unset' : text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

export function traceSummary(e: TraceEvent): string {
  switch (e.type) {
    case 'enter':
      return `enter ${e.blockId} (${e.blockType})${e.trigger ? `: {${e.trigger.variable}} changed${e.trigger.by ? ` in ${e.trigger.by}` : ''}` : ''}`;
    case 'message':
      return `bot: ${'text' in e.message ? e.message.text : e.message.kind === 'image' ? `[image ${e.message.url}]` : `[carousel of ${e.message.cards.length}]`}`;
    case 'user':
      return `${e.via === 'click' ? 'click' : 'user'}${e.toAgent ? ' (to the agent)' : ''}: ${e.text}`;
    case 'entities':
      return `entities: ${e.entities.map((x) => `${x.entity} = ${preview(x.value)}${x.score < 1 ? ` (score ${x.score})` : ''}`).join(', ')}`;
    case 'offload':
      return e.action === 'open'
        ? `hand-over opened at ${e.blockId}: the bot is paused${e.note ? ` (note: ${e.note})` : ''}`
        : e.action === 'disabled'
          ? `hand-over disabled at ${e.blockId}: no agent available`
          : 'hand-over closed: the agent handed back to the bot';
    case 'agent':
      return `agent: ${e.text}`;
    case 'set':
      return `set ${e.path} = ${preview(e.value)}${e.old !== undefined ? ` (was ${preview(e.old)})` : ''} ${e.source === 'transition' ? `on leaving ${e.blockId}` : `by ${e.source}`}`;
    case 'clear':
      return `clear ${e.path} (was ${preview(e.old)})`;
    case 'event':
      return `event${e.toParentWindow ? ' to the parent window' : ''}: ${preview(e.data)}`;
    case 'email':
      return `e-mail to ${e.to.join(', ')}: ${e.subject} (kept in the outbox, not sent)`;
    case 'knowledge':
      return e.answeredBy
        ? `knowledge: "${e.question}" answered by ${e.passage ?? e.answeredBy}${e.mock !== undefined ? ` (knowledge mock ${e.mock + 1})` : ` (score ${e.ranked[0]?.score ?? 0})`}`
        : `knowledge: no answer to "${e.question}" (best score ${e.ranked[0]?.score ?? 0}, threshold ${e.threshold})`;
    case 'table':
      return `table ${e.table}: ${e.operation} ${e.count} row${e.count === 1 ? '' : 's'} (this conversation's copy)`;
    case 'http':
      return `${e.method} ${e.url} → ${e.status ?? 'no answer'} in ${Math.round(e.ms)} ms${e.mocked ? ' (mocked)' : ''}`;
    case 'log':
      return `console.${e.level}: ${e.text}`;
    case 'warning':
      return `warning: ${e.message}`;
    case 'error':
      return `error ${e.code}: ${e.message}${e.line ? ` (line ${e.line})` : ''}`;
    case 'wait':
      return `waits at ${e.blockId}`;
    case 'end':
      return `end (${e.reason})`;
  }
}
