// The entity half of the NLP check (docs/chatlayer.md#nlp-check): for one example sentence, the entities Botloom's
// extraction stores (what the simulator would put in the session: the first value of each entity) against the
// entities of the live `/nlp/extract` answer. The live item shape is not documented: Botloom reads
// `{ entity, value }` (or `name` for `entity`), an assumption; items it cannot read are counted, not guessed.
import { entityVariables, extractEntities } from '../../entities';
import type { Json, Project } from '../../model';

export type EntityProblem = 'only-botloom' | 'only-live' | 'different-value';

export interface EntityCheckRow {
  intent: string;
  example: string;
  entity: string;
  /** What Botloom stores for the entity (null when it recognises none). */
  botloom: Json | null;
  /** The live answer's first value of the entity (null when it has none). */
  live: Json | null;
  problem: EntityProblem;
}

export interface EntityCount {
  entity: string;
  agree: number;
  onlyBotloom: number;
  onlyLive: number;
  differentValue: number;
}

export interface EntityCheck {
  /** Example sentences whose live answer carried an entity list. */
  sentences: number;
  rows: EntityCheckRow[];
  /** Per entity, how often the two sides agree and disagree, by entity name. */
  counts: EntityCount[];
  /** Live entity items Botloom could not read as `{ entity, value }`. */
  unreadable: number;
}

/** The live items as entity → first value; items without a string `entity`/`name` are unreadable. */
export function liveEntityValues(items: readonly unknown[]): {
  values: Map<string, Json>;
  unreadable: number;
} {
  const values = new Map<string, Json>();
  let unreadable = 0;
  for (const item of items) {
    const o =
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : {};
    const name =
      typeof o['entity'] === 'string' ? o['entity'] : typeof o['name'] === 'string' ? o['name'] : undefined;
    if (name === undefined || !Object.hasOwn(o, 'value')) {
      unreadable++;
      continue;
    }
    if (!values.has(name)) values.set(name, (o['value'] ?? null) as Json);
  }
  return { values, unreadable };
}

/** Values compare as text when both are strings or numbers ("3" and 3 agree), else as JSON. */
function sameValue(a: Json, b: Json): boolean {
  const plain = (v: Json) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  return plain(a) && plain(b) ? String(a) === String(b) : JSON.stringify(a) === JSON.stringify(b);
}

/** Botloom's entities in `example`, as the simulator stores them: the first value per entity name. */
export function botloomEntityValues(
  project: Project,
  example: string,
  now: number,
  language = project.language,
): Map<string, Json> {
  const found = extractEntities(example, {
    language,
    now,
    ...(project.entities ? { entities: project.entities } : {}),
    ...(project.nlp?.entityThreshold !== undefined ? { threshold: project.nlp.entityThreshold } : {}),
  });
  const names = new Set(found.map((r) => r.entity));
  const vars = entityVariables(found);
  return new Map([...names].map((n) => [n, vars[n]!]));
}

/** Adds one sentence's comparison to `check`. */
export function compareEntities(
  check: EntityCheck,
  sentence: { intent: string; example: string },
  botloom: ReadonlyMap<string, Json>,
  liveItems: readonly unknown[],
): void {
  const { values: live, unreadable } = liveEntityValues(liveItems);
  check.sentences++;
  check.unreadable += unreadable;
  const names = [...new Set([...botloom.keys(), ...live.keys()])].sort();
  for (const entity of names) {
    let count = check.counts.find((c) => c.entity === entity);
    if (!count) {
      count = { entity, agree: 0, onlyBotloom: 0, onlyLive: 0, differentValue: 0 };
      check.counts.push(count);
    }
    const ours = botloom.get(entity);
    const theirs = live.get(entity);
    const problem: EntityProblem | undefined =
      ours === undefined
        ? 'only-live'
        : theirs === undefined
          ? 'only-botloom'
          : sameValue(ours, theirs)
            ? undefined
            : 'different-value';
    if (problem === undefined) count.agree++;
    else if (problem === 'only-live') count.onlyLive++;
    else if (problem === 'only-botloom') count.onlyBotloom++;
    else count.differentValue++;
    if (problem)
      check.rows.push({ ...sentence, entity, botloom: ours ?? null, live: theirs ?? null, problem });
  }
}

export const emptyEntityCheck = (): EntityCheck => ({ sentences: 0, rows: [], counts: [], unreadable: 0 });

const show = (v: Json | null) => (v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** The entity disagreements as a plain-text table and a summary per entity. */
export function formatEntityCheck(
  check: EntityCheck,
  table: (header: string[], rows: string[][]) => string[],
) {
  const lines: string[] = [];
  if (check.rows.length === 0)
    lines.push(`Entities: Botloom and the live NLP agree on all ${check.sentences} example sentences.`);
  else {
    lines.push(
      ...table(
        ['example', 'entity', 'botloom', 'live', 'problem'],
        check.rows.map((r) => [r.example, r.entity, show(r.botloom), show(r.live), r.problem]),
      ),
      '',
      `Entities: ${check.rows.length} disagreements in ${check.sentences} example sentences.`,
    );
  }
  if (check.counts.length)
    lines.push(
      '',
      ...table(
        ['entity', 'agree', 'only botloom', 'only live', 'different value'],
        check.counts
          .slice()
          .sort((a, b) => a.entity.localeCompare(b.entity))
          .map((c) => [c.entity, ...[c.agree, c.onlyBotloom, c.onlyLive, c.differentValue].map(String)]),
      ),
    );
  if (check.unreadable)
    lines.push(
      `${check.unreadable} live entity items were not { entity, value } objects and were not compared.`,
    );
  return lines.join('\n') + '\n';
}
