// The NLP check (docs/chatlayer.md#nlp-check): every intent example through the live NLP; the examples whose live top
// intent differs from the project's, or whose score is at or below the threshold, are listed.
import type { Project } from '../../model';
import { DEFAULT_NLP_THRESHOLD } from '../../model';

export interface LiveIntentScore {
  intent: string;
  score: number;
}

/** One NLP extraction of the live bot (the Chatlayer client's nlpExtract, reduced to its intents). */
export type ExtractIntents = (
  expression: string,
  language: string,
  signal?: AbortSignal,
) => Promise<LiveIntentScore[]>;

export interface NlpCheckRow {
  intent: string;
  example: string;
  liveIntent: string | null;
  score: number | null;
  problem: 'different-intent' | 'low-score' | 'no-intent';
}

export interface NlpCheckResult {
  checked: number;
  threshold: number;
  rows: NlpCheckRow[];
}

export async function nlpCheck(
  project: Project,
  extract: ExtractIntents,
  options: {
    signal?: AbortSignal;
    threshold?: number;
    onProgress?(p: { done: number; total: number }): void;
  } = {},
): Promise<NlpCheckResult> {
  const threshold = options.threshold ?? project.nlp?.threshold ?? DEFAULT_NLP_THRESHOLD;
  const work = project.intents.flatMap((i) => i.examples.map((example) => ({ intent: i.id, example })));
  const rows: NlpCheckRow[] = [];
  for (const [n, { intent, example }] of work.entries()) {
    options.signal?.throwIfAborted();
    options.onProgress?.({ done: n, total: work.length });
    const scores = await extract(example, project.language, options.signal);
    const top = [...scores].sort((a, b) => b.score - a.score)[0];
    if (!top) rows.push({ intent, example, liveIntent: null, score: null, problem: 'no-intent' });
    else if (top.intent !== intent)
      rows.push({ intent, example, liveIntent: top.intent, score: top.score, problem: 'different-intent' });
    else if (top.score <= threshold)
      rows.push({ intent, example, liveIntent: top.intent, score: top.score, problem: 'low-score' });
  }
  options.onProgress?.({ done: work.length, total: work.length });
  return { checked: work.length, threshold, rows };
}

/** The result as a plain-text table. */
export function formatNlpCheck(result: NlpCheckResult): string {
  if (result.rows.length === 0)
    return `All ${result.checked} intent examples are classified as in the project (threshold ${result.threshold}).\n`;
  const header = ['intent', 'example', 'live intent', 'score', 'problem'];
  const body = result.rows.map((r) => [
    r.intent,
    r.example,
    r.liveIntent ?? '—',
    r.score === null ? '—' : r.score.toFixed(2),
    r.problem,
  ]);
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...body.map((row) => row[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c.length > widths[i]! ? c.slice(0, widths[i]! - 1) + '…' : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return (
    [
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...body.map(line),
      '',
      `${result.rows.length} of ${result.checked} examples differ (threshold ${result.threshold}).`,
    ].join('\n') + '\n'
  );
}
