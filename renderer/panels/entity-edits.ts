// What the Entities panel's gestures do to the project's entities (docs/file-format.md#entities): each returns the
// commands to apply as one undo step (an updateSettings with the whole list, plus the input blocks a rename
// carries along), or a message saying why the change is refused.
import type { Command } from '../../engine/edit';
import {
  DEFAULT_NLP_THRESHOLD,
  Entity,
  EntityName,
  patternProblem,
  type Json,
  type NlpSettings,
  type Project,
} from '../../engine/model';

export type EntityEdit = Command[] | string;

/** The command that stores `entities` (no field at all when the list is empty), checked by the schema first. */
export function storeEntities(entities: Entity[]): EntityEdit {
  for (const [i, e] of entities.entries()) {
    const ok = Entity.safeParse(e);
    if (!ok.success) return `${e.name || `Entity ${i + 1}`}: ${ok.error.issues[0]!.message}.`;
  }
  return [{ type: 'updateSettings', patch: { entities: entities.length ? entities : null } }];
}

const replace = (entities: Entity[], i: number, e: Entity) => entities.map((x, j) => (j === i ? e : x));

function freeName(entities: readonly Entity[], base: string): string {
  let n = entities.length + 1;
  while (entities.some((e) => e.name === `${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

export function addEntity(entities: Entity[], kind: Entity['kind']): EntityEdit {
  const name = freeName(entities, kind === 'match' ? 'entity' : 'pattern');
  const entity: Entity =
    kind === 'match'
      ? { name, kind, values: [{ value: 'example' }] }
      : { name, kind, pattern: '\\b[A-Z]{2}-\\d{4}\\b' };
  return storeEntities([...entities, entity]);
}

export function deleteEntity(entities: Entity[], i: number): EntityEdit {
  return storeEntities(entities.filter((_, j) => j !== i));
}

/** Renames an entity and the input blocks that validate against it (the same undo step). */
export function renameEntity(project: Project, i: number, name: string): EntityEdit {
  const entities = project.entities ?? [];
  const old = entities[i]!.name;
  if (name === old) return [];
  if (name.startsWith('sys.')) return 'sys.* names belong to the system entities: pick another name.';
  const ok = EntityName.safeParse(name);
  if (!ok.success) return `The name ${ok.error.issues[0]!.message}.`;
  if (entities.some((e, j) => j !== i && e.name === name)) return `An entity is already named "${name}".`;
  const stored = storeEntities(replace(entities, i, { ...entities[i]!, name }));
  if (typeof stored === 'string') return stored;
  const blocks: Command[] = [];
  for (const flow of project.flows)
    for (const b of flow.blocks)
      if (b.type === 'input' && b.validate.kind === 'entity' && b.validate.entity === old) {
        const validate: Record<string, Json> = { kind: 'entity', entity: name };
        if (b.validate.only) validate.only = b.validate.only;
        blocks.push({ type: 'updateBlock', id: b.id, patch: { validate } });
      }
  return [...stored, ...blocks];
}

export function setDescription(entities: Entity[], i: number, text: string): EntityEdit {
  const entity = { ...entities[i]! };
  delete entity.description;
  return storeEntities(replace(entities, i, text.trim() ? { ...entity, description: text } : entity));
}

/** Synonyms as typed: comma-separated, trimmed, empty and repeated ones dropped. */
export function parseSynonyms(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

function matchAt(entities: Entity[], i: number) {
  const e = entities[i]!;
  if (e.kind !== 'match') throw new Error(`${e.name} is not a match entity`);
  return e;
}

export function addValue(entities: Entity[], i: number): EntityEdit {
  const e = matchAt(entities, i);
  let n = e.values.length + 1;
  while (e.values.some((v) => v.value === `value_${n}`)) n += 1;
  return storeEntities(replace(entities, i, { ...e, values: [...e.values, { value: `value_${n}` }] }));
}

export function setValue(entities: Entity[], i: number, v: number, text: string): EntityEdit {
  const e = matchAt(entities, i);
  const value = text.trim();
  if (!value) return 'A value cannot be empty: type one, or remove the value.';
  if (e.values.some((x, k) => k !== v && x.value.toLowerCase() === value.toLowerCase()))
    return `${e.name} already has the value "${value}".`;
  const values = e.values.map((x, k) => (k === v ? { ...x, value } : x));
  return storeEntities(replace(entities, i, { ...e, values }));
}

export function setSynonyms(entities: Entity[], i: number, v: number, text: string): EntityEdit {
  const e = matchAt(entities, i);
  const synonyms = parseSynonyms(text);
  const values = e.values.map((x, k) => {
    if (k !== v) return x;
    const { synonyms: _, ...rest } = x;
    return synonyms.length ? { ...rest, synonyms } : rest;
  });
  return storeEntities(replace(entities, i, { ...e, values }));
}

export function removeValue(entities: Entity[], i: number, v: number): EntityEdit {
  const e = matchAt(entities, i);
  if (e.values.length === 1) return 'A match entity needs at least one value: delete the entity instead.';
  return storeEntities(replace(entities, i, { ...e, values: e.values.filter((_, k) => k !== v) }));
}

/** Why a regex entity's pattern is refused (the same check as validation's invalid-regex), or undefined. */
export function patternError(pattern: string, flags?: string): string | undefined {
  if (!pattern) return 'A regex entity needs a pattern.';
  const problem = patternProblem(pattern, flags);
  return problem ? `This pattern is refused: ${problem}.` : undefined;
}

export function setPattern(entities: Entity[], i: number, pattern: string, flags?: string): EntityEdit {
  const e = entities[i]!;
  if (e.kind !== 'regex') throw new Error(`${e.name} is not a regex entity`);
  if (flags !== undefined && !/^[imsu]*$/.test(flags)) return 'Flags may be i, m, s and u.';
  const nextFlags = flags ?? e.flags;
  const problem = patternError(pattern, nextFlags);
  if (problem) return problem;
  const { flags: _, ...rest } = e;
  return storeEntities(
    replace(entities, i, { ...rest, pattern, ...(nextFlags ? { flags: nextFlags } : {}) }),
  );
}

/**
 * The NLP settings with the entity threshold set (`undefined` clears it); null when nothing is left to store, so a
 * project that never had NLP settings gets none.
 */
export function withEntityThreshold(
  nlp: NlpSettings | undefined,
  entityThreshold: number | undefined,
): NlpSettings | null {
  if (!nlp && entityThreshold === undefined) return null;
  const base: NlpSettings = nlp ?? { threshold: DEFAULT_NLP_THRESHOLD };
  const { entityThreshold: _, ...rest } = base;
  return entityThreshold === undefined ? rest : { ...rest, entityThreshold };
}
