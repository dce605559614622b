// A revision diff's blocks in words: each block by name (the name it had in the compared revisions, else
// its name now, else its id) and what changed in it: "text changed", "next: Ask size → Thanks".
import type { BlockChangeDetail, BlockFieldChange, ChangeSummary } from '../../engine/edit';
import type { BlockNames } from '../blocks/block-names';

/** Words for the fields a designer edits; any other field reads "<field> changed". */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'renamed',
  position: 'moved',
  messages: 'text changed',
  prompt: 'question changed',
  notes: 'notes changed',
  code: 'code changed',
  rules: 'rules changed',
  url: 'URL changed',
  headers: 'headers changed',
  body: 'body changed',
  saveAs: 'result variable changed',
  variable: 'variable changed',
  validate: 'validation changed',
  intent: 'intent changed',
  contexts: 'contexts changed',
  data: 'data changed',
  subject: 'subject changed',
  to: 'recipient changed',
};

const SLOT_WORDS: Readonly<Record<string, string>> = {
  next: 'next',
  else: 'else',
  onError: 'on error',
  onFail: 'on fail',
  noAnswer: 'no answer',
  blockValue: 'block value',
};

function slotText(change: Extract<BlockFieldChange, { kind: 'target' }>): string {
  if (change.slot === 'button') return change.label !== undefined ? `button "${change.label}"` : 'button';
  if (change.slot === 'rule') return change.label !== undefined ? `rule ${change.label}` : 'rule';
  return SLOT_WORDS[change.slot] ?? change.slot;
}

/** One change in words; targets read by `title` ("none" for an unset slot). */
export function fieldChangeText(change: BlockFieldChange, title: (id: string) => string): string {
  if (change.kind === 'field')
    return Object.hasOwn(FIELD_WORDS, change.field) ? FIELD_WORDS[change.field]! : `${change.field} changed`;
  const end = (id: string | null) => (id === null ? 'none' : title(id));
  return `${slotText(change)}: ${end(change.from)} → ${end(change.to)}`;
}

/** "text changed, next: Ask size → Thanks" ("changed" when the summary does not say what). */
export function blockChangeText(
  detail: BlockChangeDetail | undefined,
  title: (id: string) => string,
): string {
  const changes = detail?.changes ?? [];
  return changes.length ? changes.map((c) => fieldChangeText(c, title)).join(', ') : 'changed';
}

/** How a diff names blocks: the names it carries, then the project's current names, then the id. */
export function diffBlockTitles(summary: ChangeSummary, current: BlockNames): (id: string) => string {
  const named = new Map<string, string>();
  for (const d of summary.blockDetails ?? []) if (d.name !== undefined) named.set(d.id, d.name);
  return (id) => named.get(id) ?? current.title(id);
}

/** The details of a summary by block id (empty for a summary stored before details existed). */
export const detailsById = (summary: ChangeSummary): Map<string, BlockChangeDetail> =>
  new Map((summary.blockDetails ?? []).map((d) => [d.id, d]));
