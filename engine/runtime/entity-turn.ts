// Entities in a user turn (docs/file-format.md#entities): a typed message runs through extraction before routing;
// what is recognised is traced, then stored as session variables (the entity's name, or its `sys.*` names).
import { SENSITIVE_PLACEHOLDER } from '../model';
import { extractEntities, entityVariables, type RecognisedEntity } from '../entities';
import type { RuntimeContext } from './runtime-context';

/** Extracts, traces and stores the entities of `text`; returns them (empty when none). */
export function recogniseEntities(
  ctx: RuntimeContext,
  text: string,
  blockId: string | null,
): RecognisedEntity[] {
  const found = extractEntities(text, {
    language: ctx.language,
    now: ctx.clock.now(),
    ...(ctx.project.entities ? { entities: ctx.project.entities } : {}),
    ...(ctx.project.nlp?.entityThreshold !== undefined ? { threshold: ctx.project.nlp.entityThreshold } : {}),
  });
  ctx.recognised = found;
  if (!found.length) return found;
  ctx.tracer.emit({
    type: 'entities',
    blockId,
    entities: found.map((r) => ({
      entity: r.entity,
      value: ctx.isSensitive(r.entity) ? SENSITIVE_PLACEHOLDER : r.value,
      ...(r.extra ? { extra: r.extra } : {}),
      text: ctx.isSensitive(r.entity) ? SENSITIVE_PLACEHOLDER : r.text,
      score: r.score,
    })),
  });
  for (const [path, value] of Object.entries(entityVariables(found))) ctx.set(path, value, 'entity', blockId);
  return found;
}
