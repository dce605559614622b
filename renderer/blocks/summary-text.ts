// One-line texts of a message and of a condition, as block nodes show them.
import type { Condition, Message, TableBlock } from '../../engine/model';
import { OPERATOR_WORDS } from './operator-words';

export function messageLine(m: Message): string {
  switch (m.kind) {
    case 'text':
      return m.text;
    case 'buttons':
    case 'quickReplies':
      return m.text;
    case 'image':
      return `image: ${m.alt ?? m.url}`;
    case 'carousel':
      return `carousel, ${m.cards.length} card${m.cards.length === 1 ? '' : 's'}`;
  }
}

/** The node lines of a message: its one-line text, then "+2 variants" under a text message with variants. */
export function messageLines(m: Message): string[] {
  const more = m.kind === 'text' ? (m.variants?.length ?? 0) : 0;
  return more ? [messageLine(m), `+${more} variant${more === 1 ? '' : 's'}`] : [messageLine(m)];
}

/** A condition in words: `age is at least 18`, `email ends with "@vip.com"`. */
export function conditionLabel(c: Condition): string {
  if ('all' in c) return c.all.map(conditionLabel).join(' and ') || 'always';
  if ('any' in c) return c.any.map(conditionLabel).join(' or ') || 'never';
  if ('not' in c) return `not (${conditionLabel(c.not)})`;
  const words = OPERATOR_WORDS[c.op];
  const op =
    c.caseSensitive === undefined ? words : `${words} (${c.caseSensitive ? 'case-sensitive' : 'any case'})`;
  return c.value === undefined ? `${c.var} ${op}` : `${c.var} ${op} ${JSON.stringify(c.value)}`;
}

/** A Get time offset as a time zone reads: 5.5 → "UTC+05:30", -3 → "UTC-03:00". */
export function offsetLabel(hours: number): string {
  const minutes = Math.round(Math.abs(hours) * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `UTC${hours < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** A table block's node lines: the step and table, its filters, then where a retrieve stores its result. */
export function tableSummary(b: TableBlock): string[] {
  const where = (b.filters ?? []).map((f) => `${f.column} ${f.operator} ${f.value}`).join(' and ');
  const lines = [`${b.operation} ${b.operation === 'insert' ? 'into' : 'in'} ${b.table}`];
  if (b.operation !== 'insert') lines.push(where ? `where ${where}` : 'every row');
  if (b.operation === 'retrieve' && b.saveAs)
    lines.push(`→ {${b.saveAs}}${b.retrieve === 'all' ? ' (all rows)' : ''}`);
  if (b.operation === 'insert' || b.operation === 'update')
    lines.push(`set ${Object.keys(b.values ?? {}).join(', ') || 'nothing'}`);
  return lines;
}
