// The value an input block validated against an entity stores (docs/file-format.md#input-block): the first
// recognition of that entity in the answer, in Chatlayer's format, or why there is none.
import type { Entity, Json } from '../model';
import { isoOfChatlayerDate } from './dates';
import { extractEntities, type ExtractOptions } from './extract';

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
  const custom: readonly Entity[] = (options.entities ?? []).filter((e) => e.name === entity);
  const all = extractEntities(text, { ...options, entities: custom }).filter((r) => r.entity === entity);
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
