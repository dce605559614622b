// The value an input block validated against an entity stores (docs/file-format.md#input-block): the first
// recognition of that entity in the answer, in Chatlayer's format, or why there is none.
import type { Json } from '../model';
import { compileEntity } from './custom';
import { isoOfChatlayerDate } from './dates';
import { customEntities, extractedPart, systemEntities, type ExtractOptions } from './extract';

export type ExtractedValue =
  { ok: true; value: Json; extra: Record<string, Json> } | { ok: false; reason: string };

const todayIso = (now: number) => new Date(now).toISOString().slice(0, 10);

/** `entity`'s value in `answer`; for `sys.date`, `only` keeps past or future dates (today counts as both). */
export function extractValue(
  entity: string,
  answer: string,
  options: ExtractOptions & { only?: 'past' | 'future' },
): ExtractedValue {
  const text = answer.trim();
  if (!text) return { ok: false, reason: 'empty answer' };
  if (entity === 'sys.any') return { ok: true, value: text, extra: {} };
  // Only the extractor of that entity runs: the system entities (remembered from the turn's own extraction of the
  // same sentence), or that one custom entity, compiled once per entity list.
  const sentence = extractedPart(text);
  const all = (
    entity.startsWith('sys.')
      ? [...systemEntities(sentence, options.language, options.now)].sort(
          (a, b) => a.start - b.start || b.end - a.end,
        )
      : customEntities(sentence, undefined, compileEntity(options.entities ?? [], entity), options)
  ).filter((r) => r.entity === entity);
  const today = todayIso(options.now);
  const fitting = all.filter((r) => {
    if (entity !== 'sys.date' || !options.only || typeof r.value !== 'string') return true;
    const iso = isoOfChatlayerDate(r.value);
    return options.only === 'past' ? iso <= today : iso >= today;
  });
  const first = fitting[0];
  if (first) return { ok: true, value: first.value, extra: first.extra ?? {} };
  if (all.length && options.only) return { ok: false, reason: `not a ${options.only} date` };
  return { ok: false, reason: `no ${entity} recognised` };
}
