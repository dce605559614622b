// The NLP check (docs/chatlayer.md#nlp-check): every intent example through the live NLP, in its language (one model per
// language); the examples whose live top intent differs from the project's, or whose score is at or below the threshold,
// are listed.
import type { Project } from '../../model';
import { DEFAULT_NLP_THRESHOLD, intentExamples, languagesWithExamples } from '../../model';

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
  /** The example's language, in a check of several languages. */
  language?: string;
  example: string;
  liveIntent: string | null;
  score: number | null;
  problem: 'different-intent' | 'low-score' | 'no-intent';
}

export interface NlpCheckResult {
  checked: number;
  /** The languages checked, the primary one first (absent: the primary one only). */
  languages?: string[];
  threshold: number;
  rows: NlpCheckRow[];
}

export async function nlpCheck(
  project: Project,
  extract: ExtractIntents,
  options: {
    signal?: AbortSignal;
    threshold?: number;
    /** Checks only this language's examples. */
    language?: string;
    onProgress?(p: { done: number; total: number }): void;
  } = {},
): Promise<NlpCheckResult> {
  const threshold = options.threshold ?? project.nlp?.threshold ?? DEFAULT_NLP_THRESHOLD;
  const languages = languagesWithExamples(project).filter(
    (l) => options.language === undefined || l === options.language,
  );
  const work = languages.flatMap((language) =>
    project.intents.flatMap((i) =>
      intentExamples(i, language, project.language).map((example) => ({ intent: i.id, language, example })),
    ),
  );
  const rows: NlpCheckRow[] = [];
  for (const [n, { intent, language, example }] of work.entries()) {
    options.signal?.throwIfAborted();
    options.onProgress?.({ done: n, total: work.length });
    const scores = await extract(example, language, options.signal);
    const top = [...scores].sort((a, b) => b.score - a.score)[0];
    const row = { intent, ...(languages.length > 1 ? { language } : {}), example };
    if (!top) rows.push({ ...row, liveIntent: null, score: null, problem: 'no-intent' });
    else if (top.intent !== intent)
      rows.push({ ...row, liveIntent: top.intent, score: top.score, problem: 'different-intent' });
    else if (top.score <= threshold)
      rows.push({ ...row, liveIntent: top.intent, score: top.score, problem: 'low-score' });
  }
  options.onProgress?.({ done: work.length, total: work.length });
  return { checked: work.length, ...(languages.length > 1 ? { languages } : {}), threshold, rows };
}

/** The result as a plain-text table. */
export function formatNlpCheck(result: NlpCheckResult): string {
  if (result.rows.length === 0)
    return `All ${result.checked} intent examples are classified as in the project (threshold ${result.threshold}).\n`;
  const several = (result.languages?.length ?? 0) > 1;
  const header = ['intent', ...(several ? ['language'] : []), 'example', 'live intent', 'score', 'problem'];
  const body = result.rows.map((r) => [
    r.intent,
    ...(several ? [r.language ?? ''] : []),
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
