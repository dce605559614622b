// What changed between two states, as a revision list shows it: the lists of summarizeDiff plus one line.
import {
  concatDiffs,
  EMPTY_DIFF,
  summarizeDiff,
  type ChangeSummary,
  type ProjectDiff,
} from '../../../engine/edit';
import type { Journal } from './journal';
import { StoreFailure } from './store-error';

export type { ChangeSummary };

const KINDS = [
  ['blocks', 'block'],
  ['flows', 'flow'],
  ['variables', 'variable'],
  ['intents', 'intent'],
  ['tests', 'test'],
  ['mocks', 'mock'],
] as const;

export function summarizeChanges(diff: ProjectDiff): ChangeSummary {
  const s = summarizeDiff(diff);
  const parts: string[] = [];
  for (const [plural, singular] of KINDS) {
    const counts = (['Added', 'Removed', 'Changed'] as const)
      .map((what) => [(s[`${plural}${what}`] as string[]).length, what.toLowerCase()] as const)
      .filter(([n]) => n > 0);
    if (counts.length === 0) continue;
    const [first, ...rest] = counts;
    const noun = first![0] === 1 ? singular : plural;
    parts.push([`${first![0]} ${noun} ${first![1]}`, ...rest.map(([n, w]) => `${n} ${w}`)].join(', '));
  }
  if (s.blocksRenamed.length) parts.push(`${s.blocksRenamed.length} renamed`);
  // The canvas's notes and frames are settings records of the diff, but not settings to a reader.
  const canvas = s.settingsChanged.filter((k) => k === 'notes' || k === 'frames');
  const settings = s.settingsChanged.filter((k) => k !== 'notes' && k !== 'frames');
  if (canvas.length) parts.push(`${canvas.join(' and ')} changed`);
  if (settings.length) parts.push(`settings changed (${settings.join(', ')})`);
  return { ...s, text: parts.length ? parts.join('; ') : 'no changes' };
}

/** What the journal's entries in (from, to] changed; a damaged entry in the file's history does not stop a checkpoint. */
export function summarizeJournal(journal: Journal, from: number, to: number): ChangeSummary {
  try {
    return summarizeChanges(concatDiffs(journal.diffsBetween(from, to)));
  } catch (e) {
    if (!(e instanceof StoreFailure)) throw e;
    return { ...summarizeChanges(EMPTY_DIFF), text: `changes not listed: ${e.error.message}` };
  }
}

/** Keeps a stored summary small: at most `max` names per list. */
export function trimSummary(summary: ChangeSummary, max = 50): ChangeSummary {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(summary)) out[k] = Array.isArray(v) ? v.slice(0, max) : v;
  return out as unknown as ChangeSummary;
}
