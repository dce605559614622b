// Knowledge retrieval over 10,000 passages (target: answer p95 < 20 ms): index build time, and the time
// of one question as a Generate answer block asks it (stemming, BM25 ranking, the 0–1 score). The
// passages are generated from a seeded vocabulary: 4,000 FAQ rows in two sources and 60 Markdown
// documents of 100 paragraphs; each question takes four words of one passage and two words of none.
import { loadavg } from 'node:os';
import { KnowledgeIndex } from '../engine/knowledge';
import type { Knowledge, KnowledgeSource } from '../engine/model';
import { percentile, writeResults } from './results';

const QUESTIONS = 500;
const BUILDS = 3;
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const ROOTS = [
  'deliver',
  'return',
  'payment',
  'order',
  'parcel',
  'refund',
  'account',
  'store',
  'ticket',
  'warranty',
  'repair',
  'size',
  'jacket',
  'tent',
  'boot',
  'invoice',
  'discount',
  'member',
  'pickup',
  'address',
  'courier',
  'track',
  'cancel',
  'exchange',
  'voucher',
  'battery',
  'charger',
  'screen',
  'install',
  'update',
  'licence',
  'printer',
  'router',
  'signal',
  'roaming',
  'contract',
  'subscription',
  'upgrade',
  'insurance',
  'claim',
];
const SUFFIXES = ['', 's', 'ed', 'ing', 'er', 'ment', 'able', 'ion', 'al', 'ly'];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'pel',
  'dri',
  'sun',
  'gar',
  'mor',
  'tix',
  'bel',
  'qua',
  'nor',
];
const vocabulary = [
  ...ROOTS.flatMap((r) => SUFFIXES.map((s) => r + s)),
  ...Array.from({ length: 3000 }, () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES)),
];
const sentence = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');

const sources: KnowledgeSource[] = [];
for (const s of [0, 1])
  sources.push({
    id: `faq-${s}`,
    kind: 'faq',
    name: `FAQ ${s}`,
    tags: [s ? 'support' : 'shop'],
    rows: Array.from({ length: 2000 }, () => ({ question: `${sentence(7)}?`, answer: sentence(30) })),
  });
for (let d = 0; d < 60; d++)
  sources.push({
    id: `doc-${d}`,
    kind: 'document',
    format: 'markdown',
    name: `Guide ${d}`,
    tags: [d % 2 ? 'shop' : 'support'],
    text: Array.from(
      { length: 10 },
      (_, h) =>
        [`## ${sentence(3)}`, ...Array.from({ length: 10 }, () => sentence(40))].join('\n\n') + (h ? '' : ''),
    ).join('\n\n'),
  });
const knowledge: Knowledge = { sources };

const builds = Array.from({ length: BUILDS }, () => {
  const start = performance.now();
  const index = new KnowledgeIndex(knowledge, 'en');
  return { ms: performance.now() - start, index };
});
const index = builds.at(-1)!.index;
const passages = index.passages.length;

const questions = Array.from({ length: QUESTIONS }, () => {
  const target = pick(index.passages);
  const words = `${target.title} ${target.text}`.split(/\s+/).filter(Boolean);
  const own = Array.from({ length: 4 }, () => pick(words));
  return { target: target.id, text: [...own, 'xylo', 'quorbin'].sort(() => random() - 0.5).join(' ') };
});
for (const q of questions.slice(0, 20)) index.ask(q.text); // warm-up
let found = 0;
const times = questions.map((q) => {
  const start = performance.now();
  const a = index.ask(q.text);
  const ms = performance.now() - start;
  if (a.ranked.some((r) => r.passage.id === q.target)) found++;
  return ms;
});
const tagged = questions.slice(0, 100).map((q) => {
  const start = performance.now();
  index.ask(q.text, { tags: ['shop'] });
  return performance.now() - start;
});

const TARGET = 20;
const p95 = percentile(times, 95);
writeResults(
  'knowledge',
  `Knowledge retrieval (${passages.toLocaleString('en')} passages)`,
  [
    { name: 'answer a question, median', value: percentile(times, 50), unit: 'ms' },
    { name: 'answer a question, p95', value: p95, unit: 'ms', target: `< ${TARGET} ms`, ok: p95 < TARGET },
    { name: 'answer a question, worst', value: Math.max(...times), unit: 'ms' },
    {
      name: 'answer with a tag filter, p95',
      value: percentile(tagged, 95),
      unit: 'ms',
      target: `< ${TARGET} ms`,
      ok: percentile(tagged, 95) < TARGET,
    },
    {
      name: 'build the index (once per version of the sources), median of 3',
      value: percentile(
        builds.map((b) => b.ms),
        50,
      ),
      unit: 'ms',
    },
    { name: 'questions whose passage is in the top 5', value: (100 * found) / QUESTIONS, unit: '%' },
  ],
  `${sources.length} sources (2 FAQ sources of 2,000 rows, 60 Markdown documents of 100 paragraphs), English stemming; ${QUESTIONS} questions of four words from one passage and two words from none. The first build in the process includes loading the stemmer. Load average during the run: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}.`,
);
