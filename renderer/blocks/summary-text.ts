// One-line texts of a message and of a condition, as block nodes show them.
import type { Condition, Message } from '../../engine/model';

export function messageLine(m: Message): string {
  switch (m.kind) {
    case 'text':
      return m.text;
    case 'buttons':
    case 'quickReplies':
      return m.text;
    case 'image':
      return `🖼 ${m.alt ?? m.url}`;
    case 'carousel':
      return `▭ carousel, ${m.cards.length} card${m.cards.length === 1 ? '' : 's'}`;
  }
}

export function conditionLabel(c: Condition): string {
  if ('all' in c) return c.all.map(conditionLabel).join(' and ') || 'always';
  if ('any' in c) return c.any.map(conditionLabel).join(' or ') || 'never';
  if ('not' in c) return `not (${conditionLabel(c.not)})`;
  return c.value === undefined ? `${c.var} ${c.op}` : `${c.var} ${c.op} ${JSON.stringify(c.value)}`;
}
