// Writing a project as deterministic botloom/1 JSON (docs/file-format.md#deterministic-json): known keys in the schema's (the
// spec's) order with `id` and `type` first, other keys alphabetically, flows and blocks sorted by id,
// two-space indent and a trailing newline, so a `git diff` of two exports shows only what changed.
import type { z } from 'zod';
import { Project, type Flow } from '../model';
import { childSchema, resolve, shapeOf } from './schema-walk';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => byCodeUnits(a.id, b.id));
/** Keys that lead an object whatever the schema says: identity, then the discriminator. */
const LEADING = ['format', 'id', 'type', 'kind'];

const keyOrders = new WeakMap<z.ZodType, string[]>();
function keyOrder(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  let order = keyOrders.get(schema);
  if (!order) {
    const keys = Object.keys(shapeOf(schema) ?? {});
    order = [...LEADING.filter((k) => keys.includes(k)), ...keys.filter((k) => !LEADING.includes(k))];
    keyOrders.set(schema, order);
  }
  return order;
}

function write(value: unknown, schema: z.ZodType | undefined, indent: string, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const resolved = schema && resolve(schema, value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push('[]');
    const element = resolved && childSchema(resolved, 0);
    out.push('[');
    value.forEach((item, i) => {
      out.push(i === 0 ? '\n' + inner : ',\n' + inner);
      write(item, element, inner, out);
    });
    out.push('\n' + indent + ']');
    return;
  }
  const record = value as Record<string, unknown>;
  const present = Object.keys(record).filter((k) => record[k] !== undefined);
  const known = keyOrder(resolved).filter((k) => record[k] !== undefined);
  const knownSet = new Set(known);
  const keys = [...known, ...present.filter((k) => !knownSet.has(k)).sort(byCodeUnits)];
  if (keys.length === 0) return void out.push('{}');
  out.push('{');
  keys.forEach((key, i) => {
    out.push(`${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    write(record[key], resolved && childSchema(resolved, key), inner, out);
  });
  out.push('\n' + indent + '}');
}

/** The project as deterministic JSON text; parsing it and writing again gives the same bytes. */
export function stringifyProject(project: Project): string {
  const sorted = {
    ...project,
    flows: byId(project.flows).map((flow: Flow) => ({ ...flow, blocks: byId(flow.blocks) })),
  };
  const out: string[] = [];
  write(sorted, Project, '', out);
  out.push('\n');
  return out.join('');
}
